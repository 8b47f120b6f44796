import type {CatalogueEntry} from './entry';

/**
 * Problem texts of the contribution workflow: the import, the issue-form and pull-request bots and the built-site checks (src/lib/import, src/lib/github, src/lib/security/builtPage.ts, elementRules.ts and urlPolicy.ts,
 * src/plugins/security-headers).
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts).
 */
export const WORKFLOW_TEXTS = {
  // ── Built-site checks (src/lib/security/builtPage.ts, elementRules.ts, urlPolicy.ts,
  //    src/plugins/security-headers/builtSite.ts and pages.ts) ──
  'csp-meta.no-head': {
    rule: 'csp-meta',
    message: {
      en: 'The page has no <head> start tag, so the Content-Security-Policy cannot be put first in it.',
      es: 'La página no tiene etiqueta de inicio <head>, así que la Content-Security-Policy no se puede poner al principio.',
      fr: "La page n'a pas de balise ouvrante <head> : la Content-Security-Policy ne peut pas y être placée en premier.",
    },
    fix: {
      en: 'Build the page with Docusaurus (its template writes <head>); do not replace pages after the build.',
      es: 'Compila la página con Docusaurus (su plantilla escribe <head>); no sustituyas páginas después de compilar.',
      fr: 'Construisez la page avec Docusaurus (son modèle écrit <head>) ; ne remplacez pas de pages après la construction.',
    },
  },
  'csp-meta.none': {
    rule: 'csp-meta',
    message: {
      en: 'The page has no Content-Security-Policy meta tag.',
      es: 'La página no tiene etiqueta meta Content-Security-Policy.',
      fr: "La page n'a pas de balise meta Content-Security-Policy.",
    },
    fix: {
      en:
        'Keep the one headTags entry of docusaurus.config.ts (http-equiv Content-Security-Policy); ' +
        'no plugin or component may add another.',
      es:
        'Mantén la única entrada headTags de docusaurus.config.ts (http-equiv Content-Security-Policy); ' +
        'ningún plugin ni componente puede añadir otra.',
      fr:
        "Gardez l'unique entrée headTags de docusaurus.config.ts (http-equiv Content-Security-Policy) ; " +
        'aucun plugin ni composant ne peut en ajouter une autre.',
    },
  },
  'csp-meta.several': {
    rule: 'csp-meta',
    message: {
      en: 'The page has {count} Content-Security-Policy meta tags; the build writes exactly one.',
      es: 'La página tiene {count} etiquetas meta Content-Security-Policy; la compilación escribe exactamente una.',
      fr: 'La page a {count} balises meta Content-Security-Policy ; la construction en écrit exactement une.',
    },
    fix: {
      en:
        'Keep the one headTags entry of docusaurus.config.ts (http-equiv Content-Security-Policy); ' +
        'no plugin or component may add another.',
      es:
        'Mantén la única entrada headTags de docusaurus.config.ts (http-equiv Content-Security-Policy); ' +
        'ningún plugin ni componente puede añadir otra.',
      fr:
        "Gardez l'unique entrée headTags de docusaurus.config.ts (http-equiv Content-Security-Policy) ; " +
        'aucun plugin ni composant ne peut en ajouter une autre.',
    },
  },
  'charset.none': {
    rule: 'charset',
    message: {
      en: 'The page declares no character encoding.',
      es: 'La página no declara ninguna codificación de caracteres.',
      fr: 'La page ne déclare aucun encodage de caractères.',
    },
    fix: {
      en: 'Build the page with Docusaurus (its template writes <meta charset="UTF-8">).',
      es: 'Compila la página con Docusaurus (su plantilla escribe <meta charset="UTF-8">).',
      fr: 'Construisez la page avec Docusaurus (son modèle écrit <meta charset="UTF-8">).',
    },
  },
  'script-type.other': {
    rule: 'script-type',
    message: {
      en:
        "<script {attribute}> is neither the site's JavaScript nor a JSON data block " +
        '(import maps and speculation rules change what the page loads).',
      es:
        '<script {attribute}> no es ni el JavaScript del sitio ni un bloque de datos JSON ' +
        '(los mapas de importación y las reglas de especulación cambian lo que carga la página).',
      fr:
        "<script {attribute}> n'est ni le JavaScript du site ni un bloc de données JSON " +
        '(les import maps et les règles de spéculation changent ce que la page charge).',
    },
    fix: {
      en:
        'Remove it; data for the page belongs in a JSON data block (type="application/json") ' +
        "written by the site's code.",
      es:
        'Quítalo; los datos de la página van en un bloque de datos JSON (type="application/json") ' +
        'escrito por el código del sitio.',
      fr:
        'Supprimez-le ; les données de la page vont dans un bloc de données JSON (type="application/json") ' +
        'écrit par le code du site.',
    },
  },
  'json-data-block.invalid': {
    rule: 'json-data-block',
    message: {
      en:
        'The JSON data block is not valid JSON or is not closed: a value in it may have ended the ' +
        'element early and added markup after it. It starts with {start}.',
      es:
        'El bloque de datos JSON no es JSON válido o no está cerrado: un valor dentro puede haber cerrado ' +
        'el elemento antes de tiempo y añadido marcado después. Empieza por {start}.',
      fr:
        "Le bloc de données JSON n'est pas du JSON valide ou n'est pas fermé : une valeur qu'il contient a " +
        "pu terminer l'élément trop tôt et ajouter du balisage après lui. Il commence par {start}.",
    },
    fix: {
      en:
        'Write the data with scriptSafeJson() (src/lib/security/scriptSafeJson.ts), e.g. through ' +
        'src/components/StructuredData, never with a bare JSON.stringify.',
      es:
        'Escribe los datos con scriptSafeJson() (src/lib/security/scriptSafeJson.ts), p. ej. mediante ' +
        'src/components/StructuredData, nunca con un JSON.stringify sin más.',
      fr:
        'Écrivez les données avec scriptSafeJson() (src/lib/security/scriptSafeJson.ts), par ex. via ' +
        'src/components/StructuredData, jamais avec un simple JSON.stringify.',
    },
  },
  'event-handler.attribute': {
    rule: 'event-handler',
    message: {
      en: '{attribute} is an event handler: code that runs when the event fires.',
      es: '{attribute} es un gestor de eventos: código que se ejecuta cuando ocurre el evento.',
      fr: "{attribute} est un gestionnaire d'événement : du code qui s'exécute quand l'événement se produit.",
    },
    fix: {
      en: "Remove it; put behaviour in the site's own code (a component or a client module under src/).",
      es: 'Quítalo; pon el comportamiento en el código del propio sitio (un componente o un módulo de cliente en src/).',
      fr: 'Supprimez-le ; mettez le comportement dans le code du site (un composant ou un module client sous src/).',
    },
  },
  'svg-animation.link-target': {
    rule: 'svg-animation',
    message: {
      en: '<{tag} {attribute}> changes a link target after the page loads, which can make it a javascript: link.',
      es:
        '<{tag} {attribute}> cambia el destino de un enlace después de cargar la página, lo que puede ' +
        'convertirlo en un enlace javascript:.',
      fr:
        "<{tag} {attribute}> change la cible d'un lien après le chargement de la page, ce qui peut en faire " +
        'un lien javascript:.',
    },
    fix: {
      en: 'Remove the animation; link targets must be written in the page.',
      es: 'Quita la animación; los destinos de los enlaces deben estar escritos en la página.',
      fr: 'Supprimez l’animation ; les cibles des liens doivent être écrites dans la page.',
    },
  },
  'embedded-content.element': {
    rule: 'embedded-content',
    message: {
      en:
        '<{tag}> embeds another document or a plugin: ' +
        "the site's policy blocks every frame and plugin, and a frame from another site would learn who reads the page.",
      es:
        '<{tag}> incrusta otro documento o un plugin: la política del sitio bloquea todo marco y plugin, y ' +
        'un marco de otro sitio sabría quién lee la página.',
      fr:
        '<{tag}> intègre un autre document ou un plugin : la politique du site bloque tout cadre et tout ' +
        "plugin, et un cadre d'un autre site apprendrait qui lit la page.",
    },
    fix: {
      en: 'Remove it and link to the document instead.',
      es: 'Quítalo y enlaza al documento en su lugar.',
      fr: 'Supprimez-le et faites plutôt un lien vers le document.',
    },
  },
  'embedded-content.source': {
    rule: 'embedded-content',
    message: {
      en:
        '<{tag} {attribute}> embeds another document or a plugin: ' +
        "the site's policy blocks every frame and plugin, and a frame from another site would learn who reads the page.",
      es:
        '<{tag} {attribute}> incrusta otro documento o un plugin: la política del sitio bloquea todo marco y ' +
        'plugin, y un marco de otro sitio sabría quién lee la página.',
      fr:
        '<{tag} {attribute}> intègre un autre document ou un plugin : la politique du site bloque tout cadre ' +
        "et tout plugin, et un cadre d'un autre site apprendrait qui lit la page.",
    },
    fix: {
      en: 'Remove it and link to the document instead.',
      es: 'Quítalo y enlaza al documento en su lugar.',
      fr: 'Supprimez-le et faites plutôt un lien vers le document.',
    },
  },
  'base-element.found': {
    rule: 'base-element',
    message: {
      en: '<base> changes where every relative link and file of the page points.',
      es: '<base> cambia adónde apuntan todos los enlaces y archivos relativos de la página.',
      fr: '<base> change la destination de tous les liens et fichiers relatifs de la page.',
    },
    fix: {
      en: 'Remove the <base> element; Docusaurus builds every link from baseUrl in docusaurus.config.ts.',
      es: 'Quita el elemento <base>; Docusaurus construye cada enlace a partir de baseUrl en docusaurus.config.ts.',
      fr: "Supprimez l'élément <base> ; Docusaurus construit chaque lien à partir de baseUrl dans docusaurus.config.ts.",
    },
  },
  'base-element.href': {
    rule: 'base-element',
    message: {
      en: '<base {attribute}> changes where every relative link and file of the page points.',
      es: '<base {attribute}> cambia adónde apuntan todos los enlaces y archivos relativos de la página.',
      fr: '<base {attribute}> change la destination de tous les liens et fichiers relatifs de la page.',
    },
    fix: {
      en: 'Remove the <base> element; Docusaurus builds every link from baseUrl in docusaurus.config.ts.',
      es: 'Quita el elemento <base>; Docusaurus construye cada enlace a partir de baseUrl en docusaurus.config.ts.',
      fr: "Supprimez l'élément <base> ; Docusaurus construit chaque lien à partir de baseUrl dans docusaurus.config.ts.",
    },
  },
  'meta-refresh.found': {
    rule: 'meta-refresh',
    message: {
      en: '<meta http-equiv="refresh"> reloads the page or sends the reader to another address without asking.',
      es: '<meta http-equiv="refresh"> recarga la página o envía a quien lee a otra dirección sin preguntar.',
      fr: '<meta http-equiv="refresh"> recharge la page ou envoie le lecteur vers une autre adresse sans demander.',
    },
    fix: {
      en: 'Remove it; to move a page, keep a normal page that links to the new address.',
      es: 'Quítalo; para mover una página, deja una página normal que enlace a la nueva dirección.',
      fr: 'Supprimez-le ; pour déplacer une page, gardez une page normale qui renvoie vers la nouvelle adresse.',
    },
  },
  'meta-refresh.content': {
    rule: 'meta-refresh',
    message: {
      en:
        '<meta http-equiv="refresh" {attribute}> reloads the page or sends the reader to another address ' +
        'without asking.',
      es:
        '<meta http-equiv="refresh" {attribute}> recarga la página o envía a quien lee a otra dirección ' +
        'sin preguntar.',
      fr:
        '<meta http-equiv="refresh" {attribute}> recharge la page ou envoie le lecteur vers une autre ' +
        'adresse sans demander.',
    },
    fix: {
      en: 'Remove it; to move a page, keep a normal page that links to the new address.',
      es: 'Quítalo; para mover una página, deja una página normal que enlace a la nueva dirección.',
      fr: 'Supprimez-le ; pour déplacer une page, gardez une page normale qui renvoie vers la nouvelle adresse.',
    },
  },
  'script-url.runs-code': {
    rule: 'script-url',
    message: {
      en: '{subject}: A {protocol} address runs code when it is used.',
      es: '{subject}: Una dirección {protocol} ejecuta código cuando se usa.',
      fr: '{subject} : Une adresse {protocol} exécute du code quand elle est utilisée.',
    },
    fix: {
      en: "Link to a page instead, and put behaviour in the site's own code (a component or a client module under src/).",
      es:
        'Enlaza a una página en su lugar, y pon el comportamiento en el código del propio sitio (un componente ' +
        'o un módulo de cliente en src/).',
      fr:
        'Faites plutôt un lien vers une page, et mettez le comportement dans le code du site (un composant ou ' +
        'un module client sous src/).',
    },
  },
  'external-script.same-site': {
    rule: 'external-script',
    message: {
      en:
        "{subject}: The script comes from a file outside {prefix}, not from the site's own bundles under {prefix}: " +
        'it could read or change every page, contacts included, and tell another site who reads it.',
      es:
        '{subject}: El script viene de un archivo fuera de {prefix}, no de los paquetes del propio sitio en ' +
        '{prefix}: podría leer o cambiar cada página, contactos incluidos, y decirle a otro sitio quién la lee.',
      fr:
        '{subject} : Le script vient d’un fichier hors de {prefix}, et non des paquets du site sous {prefix} : ' +
        'il pourrait lire ou modifier chaque page, coordonnées comprises, et dire à un autre site qui la lit.',
    },
    fix: {
      en:
        'Bundle the code with the site (import it from a component or a client module under src/) ' +
        'instead of adding a <script src>.',
      es:
        'Incluye el código en el sitio (impórtalo desde un componente o un módulo de cliente en src/) ' +
        'en lugar de añadir un <script src>.',
      fr:
        'Intégrez le code au site (importez-le depuis un composant ou un module client sous src/) ' +
        'au lieu d’ajouter un <script src>.',
    },
  },
  'external-script.data': {
    rule: 'external-script',
    message: {
      en:
        "{subject}: The script comes from a data: address, not from the site's own bundles under {prefix}: " +
        'it could read or change every page, contacts included, and tell another site who reads it.',
      es:
        '{subject}: El script viene de una dirección data:, no de los paquetes del propio sitio en {prefix}: ' +
        'podría leer o cambiar cada página, contactos incluidos, y decirle a otro sitio quién la lee.',
      fr:
        '{subject} : Le script vient d’une adresse data:, et non des paquets du site sous {prefix} : ' +
        'il pourrait lire ou modifier chaque page, coordonnées comprises, et dire à un autre site qui la lit.',
    },
    fix: {
      en:
        'Bundle the code with the site (import it from a component or a client module under src/) ' +
        'instead of adding a <script src>.',
      es:
        'Incluye el código en el sitio (impórtalo desde un componente o un módulo de cliente en src/) ' +
        'en lugar de añadir un <script src>.',
      fr:
        'Intégrez le code au site (importez-le depuis un composant ou un module client sous src/) ' +
        'au lieu d’ajouter un <script src>.',
    },
  },
  'external-script.other-site': {
    rule: 'external-script',
    message: {
      en:
        "{subject}: The script comes from another site ({host}), not from the site's own bundles under {prefix}: " +
        'it could read or change every page, contacts included, and tell another site who reads it.',
      es:
        '{subject}: El script viene de otro sitio ({host}), no de los paquetes del propio sitio en {prefix}: ' +
        'podría leer o cambiar cada página, contactos incluidos, y decirle a otro sitio quién la lee.',
      fr:
        '{subject} : Le script vient d’un autre site ({host}), et non des paquets du site sous {prefix} : ' +
        'il pourrait lire ou modifier chaque page, coordonnées comprises, et dire à un autre site qui la lit.',
    },
    fix: {
      en:
        'Bundle the code with the site (import it from a component or a client module under src/) ' +
        'instead of adding a <script src>.',
      es:
        'Incluye el código en el sitio (impórtalo desde un componente o un módulo de cliente en src/) ' +
        'en lugar de añadir un <script src>.',
      fr:
        'Intégrez le code au site (importez-le depuis un composant ou un module client sous src/) ' +
        'au lieu d’ajouter un <script src>.',
    },
  },
  'data-url.embedded-file': {
    rule: 'data-url',
    message: {
      en:
        '{subject}: A data: address here embeds a file (a frame, style sheet, font or object) that the site never checked, ' +
        'and can carry a script.',
      es:
        '{subject}: Una dirección data: aquí incrusta un archivo (un marco, una hoja de estilo, una fuente o un ' +
        'objeto) que el sitio nunca revisó, y puede llevar un script.',
      fr:
        '{subject} : Une adresse data: intègre ici un fichier (un cadre, une feuille de style, une police ou un ' +
        "objet) que le site n'a jamais vérifié, et peut contenir un script.",
    },
    fix: {
      en:
        'Serve the file from this site (put it under static/ or import it from src/), or remove the element. ' +
        'Plain links to other sites (<a href>) are fine.',
      es:
        'Sirve el archivo desde este sitio (ponlo en static/ o impórtalo desde src/), o quita el elemento. ' +
        'Los enlaces normales a otros sitios (<a href>) están bien.',
      fr:
        "Servez le fichier depuis ce site (placez-le sous static/ ou importez-le depuis src/), ou supprimez l'élément. " +
        'Les simples liens vers d’autres sites (<a href>) sont acceptés.',
    },
  },
  'remote-resource.other-site': {
    rule: 'remote-resource',
    message: {
      en: '{subject}: The browser would request this from another site ({host}), telling it who reads the page.',
      es: '{subject}: El navegador pediría esto a otro sitio ({host}), diciéndole quién lee la página.',
      fr: '{subject} : Le navigateur demanderait ceci à un autre site ({host}), en lui disant qui lit la page.',
    },
    fix: {
      en:
        'Serve the file from this site (put it under static/ or import it from src/), or remove the element. ' +
        'Plain links to other sites (<a href>) are fine.',
      es:
        'Sirve el archivo desde este sitio (ponlo en static/ o impórtalo desde src/), o quita el elemento. ' +
        'Los enlaces normales a otros sitios (<a href>) están bien.',
      fr:
        "Servez le fichier depuis ce site (placez-le sous static/ ou importez-le depuis src/), ou supprimez l'élément. " +
        'Les simples liens vers d’autres sites (<a href>) sont acceptés.',
    },
  },
  'remote-resource.scheme': {
    rule: 'remote-resource',
    message: {
      en:
        '{subject}: The browser would request this from a {protocol} address, not a file of this site, ' +
        'telling it who reads the page.',
      es:
        '{subject}: El navegador pediría esto a una dirección {protocol}, no a un archivo de este sitio, ' +
        'diciéndole quién lee la página.',
      fr:
        '{subject} : Le navigateur demanderait ceci à une adresse {protocol}, et non à un fichier de ce site, ' +
        'en lui disant qui lit la page.',
    },
    fix: {
      en:
        'Serve the file from this site (put it under static/ or import it from src/), or remove the element. ' +
        'Plain links to other sites (<a href>) are fine.',
      es:
        'Sirve el archivo desde este sitio (ponlo en static/ o impórtalo desde src/), o quita el elemento. ' +
        'Los enlaces normales a otros sitios (<a href>) están bien.',
      fr:
        "Servez le fichier depuis ce site (placez-le sous static/ ou importez-le depuis src/), ou supprimez l'élément. " +
        'Les simples liens vers d’autres sites (<a href>) sont acceptés.',
    },
  },
  'inline-script.other': {
    rule: 'inline-script',
    message: {
      en:
        "An inline script other than the theme's one ({script}): " +
        'the policy allows exactly one inline script, by its hash, and contributed content must never add one.',
      es:
        'Un script en línea distinto del del tema ({script}): la política permite exactamente un script en ' +
        'línea, por su hash, y el contenido aportado nunca debe añadir uno.',
      fr:
        'Un script en ligne autre que celui du thème ({script}) : la politique autorise exactement un script ' +
        'en ligne, par son empreinte, et le contenu contribué ne doit jamais en ajouter.',
    },
    fix: {
      en: 'Move the code into a file under src/ (a component or a client module) instead of an inline <script>.',
      es: 'Mueve el código a un archivo en src/ (un componente o un módulo de cliente) en lugar de un <script> en línea.',
      fr: 'Déplacez le code dans un fichier sous src/ (un composant ou un module client) au lieu d’un <script> en ligne.',
    },
  },
  'inline-script.theme-again': {
    rule: 'inline-script',
    message: {
      en:
        "An inline script other than the theme's one (the theme script again): " +
        'the policy allows exactly one inline script, by its hash, and contributed content must never add one.',
      es:
        'Un script en línea distinto del del tema (otra vez el script del tema): la política permite ' +
        'exactamente un script en línea, por su hash, y el contenido aportado nunca debe añadir uno.',
      fr:
        'Un script en ligne autre que celui du thème (à nouveau le script du thème) : la politique autorise ' +
        'exactement un script en ligne, par son empreinte, et le contenu contribué ne doit jamais en ajouter.',
    },
    fix: {
      en: 'Move the code into a file under src/ (a component or a client module) instead of an inline <script>.',
      es: 'Mueve el código a un archivo en src/ (un componente o un módulo de cliente) en lugar de un <script> en línea.',
      fr: 'Déplacez le code dans un fichier sous src/ (un composant ou un module client) au lieu d’un <script> en ligne.',
    },
  },
  'charset-late.after-policy': {
    rule: 'charset-late',
    message: {
      en:
        'After the Content-Security-Policy tag the charset declaration would end at byte {end}; ' +
        'the HTML Standard requires it within the first 1024 bytes, or browsers may guess the encoding.',
      es:
        'Tras la etiqueta Content-Security-Policy, la declaración de charset terminaría en el byte {end}; ' +
        'el estándar HTML la exige en los primeros 1024 bytes, o los navegadores pueden adivinar la codificación.',
      fr:
        'Après la balise Content-Security-Policy, la déclaration charset se terminerait à l’octet {end} ; ' +
        'le standard HTML l’exige dans les 1024 premiers octets, sinon les navigateurs peuvent deviner l’encodage.',
    },
    fix: {
      en:
        "Shorten what comes before it: the <html> element's attributes (a very long document id or file name " +
        'adds to its class) or the policy (fewer extra connect sources).',
      es:
        'Acorta lo que va antes: los atributos del elemento <html> (un id de documento o un nombre de archivo ' +
        'muy largo alarga su class) o la política (menos fuentes de conexión adicionales).',
      fr:
        "Raccourcissez ce qui la précède : les attributs de l'élément <html> (un identifiant de document ou un " +
        'nom de fichier très long allonge sa classe) ou la politique (moins de sources de connexion supplémentaires).',
    },
  },
  'csp-header.no-line': {
    rule: 'csp-header',
    message: {
      en: 'The _headers file is missing or has no Content-Security-Policy line for the build to fill in.',
      es: 'Falta el archivo _headers o no tiene una línea Content-Security-Policy que la compilación pueda rellenar.',
      fr: 'Le fichier _headers est absent ou n’a pas de ligne Content-Security-Policy que la construction puisse remplir.',
    },
    fix: {
      en: 'Keep the line "Content-Security-Policy: {placeholder}" under "/*" in static/_headers.',
      es: 'Mantén la línea "Content-Security-Policy: {placeholder}" bajo "/*" en static/_headers.',
      fr: 'Gardez la ligne « Content-Security-Policy: {placeholder} » sous « /* » dans static/_headers.',
    },
  },
} satisfies Record<string, CatalogueEntry>;
