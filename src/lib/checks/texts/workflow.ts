import type {CatalogueEntry, CatalogueText} from './entry';

/** How to fix an answer GitHub shows differently from what the bot reads (every `form-markup` and `form-html` code). */
const FORM_PLAIN_FIX = {
  en:
    'Edit the issue and write the answer as plain text: GitHub shows Markdown formatting, links, ' +
    'escapes and HTML differently from the text the bot would write into the file.',
  es:
    'Edita la incidencia y escribe la respuesta como texto simple: GitHub muestra el formato Markdown, los ' +
    'enlaces, los escapes y el HTML de otra manera que el texto que el bot escribiría en el archivo.',
  fr:
    'Modifiez le ticket et écrivez la réponse en texte simple : GitHub affiche la mise en forme Markdown, les ' +
    'liens, les échappements et le HTML autrement que le texte que le robot écrirait dans le fichier.',
};

/**
 * A `form-markup` entry: the answer "contains" what GitHub shows differently.
 * @param what - what it contains, in each language (e.g. `a table`)
 */
function formMarkup(what: CatalogueText) {
  return {
    rule: 'form-markup' as const,
    message: {en: `contains ${what.en}.`, es: `contiene ${what.es}.`, fr: `contient ${what.fr}.`},
    fix: FORM_PLAIN_FIX,
  };
}

/** The message of every `phone-unreadable` code of the import (the fixes name what decided the country). */
const PHONE_UNREADABLE = {
  en: '"{value}" is not a phone number that can be read in {country}.',
  es: '"{value}" no es un número de teléfono que se pueda leer en {country}.',
  fr: '« {value} » n’est pas un numéro de téléphone lisible dans le pays {country}.',
};

/**
 * A `phone-country` entry of the import: the number rings abroad (the message says what decided the row's
 * country); the fix is the same for all.
 * @param message - the message in each language
 */
function importPhoneCountry(message: CatalogueText) {
  return {
    rule: 'phone-country' as const,
    message,
    fix: {
      en:
        "Check the number and the row's city; a number belongs to its city's country. " +
        'If the organisation really publishes a number abroad, import the row without it ' +
        '(--skip-invalid-channels) and add it to the written file with international: "<why people in the ' +
        'city must call it>" (templates/organization.yml).',
      es:
        'Revisa el número y la ciudad de la fila; un número pertenece al país de su ciudad. Si la ' +
        'organización publica de verdad un número del extranjero, importa la fila sin él ' +
        '(--skip-invalid-channels) y añádelo al archivo escrito con international: "<por qué la gente de la ' +
        'ciudad debe llamarlo>" (templates/organization.yml).',
      fr:
        'Vérifiez le numéro et la ville de la ligne ; un numéro appartient au pays de sa ville. Si ' +
        'l’organisation publie vraiment un numéro à l’étranger, importez la ligne sans lui ' +
        '(--skip-invalid-channels) et ajoutez-le au fichier écrit avec international: "<pourquoi les gens de ' +
        'la ville doivent l’appeler>" (templates/organization.yml).',
    },
  };
}

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
  // ── The issue form and its bot (src/lib/github/issueFormBody.ts, issueForm.ts, issueToPr.ts) ──
  'form-html.contains': {
    rule: 'form-html',
    message: {
      en: 'contains HTML, which GitHub hides or shows differently (comments, <details>, tags).',
      es: 'contiene HTML, que GitHub oculta o muestra de otra manera (comentarios, <details>, etiquetas).',
      fr: 'contient du HTML, que GitHub masque ou affiche autrement (commentaires, <details>, balises).',
    },
    fix: FORM_PLAIN_FIX,
  },
  'form-markup.heading': formMarkup({
    en: 'a heading',
    es: 'un título',
    fr: 'un titre',
  }),
  'form-markup.list': formMarkup({
    en: 'a list',
    es: 'una lista',
    fr: 'une liste',
  }),
  'form-markup.blockquote': formMarkup({
    en: 'a quotation (">")',
    es: 'una cita (">")',
    fr: 'une citation (">")',
  }),
  'form-markup.table': formMarkup({
    en: 'a table',
    es: 'una tabla',
    fr: 'un tableau',
  }),
  'form-markup.thematic-break': formMarkup({
    en: 'a horizontal rule',
    es: 'una línea horizontal',
    fr: 'une ligne horizontale',
  }),
  'form-markup.definition': formMarkup({
    en: 'a link definition ("[x]: …"), which GitHub does not show',
    es: 'una definición de enlace ("[x]: …"), que GitHub no muestra',
    fr: 'une définition de lien ("[x]: …"), que GitHub n’affiche pas',
  }),
  'form-markup.footnote': formMarkup({
    en: 'a footnote',
    es: 'una nota al pie',
    fr: 'une note de bas de page',
  }),
  'form-markup.emphasis': formMarkup({
    en: 'emphasis (*…* or _…_)',
    es: 'énfasis (*…* o _…_)',
    fr: 'de l’emphase (*…* ou _…_)',
  }),
  'form-markup.strong': formMarkup({
    en: 'bold text (**…**)',
    es: 'texto en negrita (**…**)',
    fr: 'du texte en gras (**…**)',
  }),
  'form-markup.delete': formMarkup({
    en: 'strikethrough (~~…~~)',
    es: 'texto tachado (~~…~~)',
    fr: 'du texte barré (~~…~~)',
  }),
  'form-markup.inline-code': formMarkup({
    en: 'inline code (`…`)',
    es: 'código en línea (`…`)',
    fr: 'du code en ligne (`…`)',
  }),
  'form-markup.link': formMarkup({
    en: 'a link written in Markdown ([…](…) or <…>)',
    es: 'un enlace escrito en Markdown ([…](…) o <…>)',
    fr: 'un lien écrit en Markdown ([…](…) ou <…>)',
  }),
  'form-markup.link-reference': formMarkup({
    en: 'a link written in Markdown ([…][…])',
    es: 'un enlace escrito en Markdown ([…][…])',
    fr: 'un lien écrit en Markdown ([…][…])',
  }),
  'form-markup.image': formMarkup({
    en: 'an image',
    es: 'una imagen',
    fr: 'une image',
  }),
  'form-markup.escape': formMarkup({
    en: 'a Markdown escape (\\…) or an HTML entity (&…;), which GitHub shows as another character',
    es: 'un escape de Markdown (\\…) o una entidad HTML (&…;), que GitHub muestra como otro carácter',
    fr: 'un échappement Markdown (\\…) ou une entité HTML (&…;), que GitHub affiche comme un autre caractère',
  }),
  'form-markup.math': formMarkup({
    en: 'math ($…$ or $$…$$), which GitHub draws as a formula (and can hide text in)',
    es: 'matemáticas ($…$ o $$…$$), que GitHub dibuja como una fórmula (y en las que puede ocultar texto)',
    fr: 'des mathématiques ($…$ ou $$…$$), que GitHub dessine comme une formule (et où du texte peut se cacher)',
  }),
  'form-markup.not-checkbox': formMarkup({
    en: 'a list item that is not a checkbox ("- [X] …")',
    es: 'un elemento de lista que no es una casilla ("- [X] …")',
    fr: 'un élément de liste qui n’est pas une case à cocher ("- [X] …")',
  }),
  'form-markup.other': formMarkup({
    en: '{node}',
    es: '{node}',
    fr: '{node}',
  }),
  'form-code-block.found': {
    rule: 'form-code-block',
    message: {
      en:
        'contains a code block (text between ``` or ~~~ fences, or lines indented by four spaces). GitHub draws some ' +
        'code blocks as a map, a diagram or a formula (```geojson, ```mermaid, ```math), which hides the text from the ' +
        'maintainer who approves the issue.',
      es:
        'contiene un bloque de código (texto entre vallas ``` o ~~~, o líneas sangradas con cuatro espacios). GitHub ' +
        'dibuja algunos bloques de código como un mapa, un diagrama o una fórmula (```geojson, ```mermaid, ```math), ' +
        'lo que oculta el texto a quien aprueba la incidencia.',
      fr:
        'contient un bloc de code (du texte entre des clôtures ``` ou ~~~, ou des lignes indentées de quatre espaces). ' +
        'GitHub dessine certains blocs de code comme une carte, un diagramme ou une formule (```geojson, ```mermaid, ' +
        '```math), ce qui cache le texte à la personne qui approuve le ticket.',
    },
    fix: {
      en:
        'Edit the issue and write the answer as plain lines: remove the ``` or ~~~ lines around it and the spaces ' +
        'at the start of each line, e.g. "hotline | need-help | +13125550142".',
      es:
        'Edita la incidencia y escribe la respuesta como líneas simples: quita las líneas ``` o ~~~ que la rodean y ' +
        'los espacios al principio de cada línea, p. ej. "hotline | need-help | +13125550142".',
      fr:
        'Modifiez le ticket et écrivez la réponse en lignes simples : supprimez les lignes ``` ou ~~~ autour et les ' +
        'espaces en début de ligne, par ex. "hotline | need-help | +13125550142".',
    },
  },
  'form-invisible.found': {
    rule: 'form-invisible',
    message: {
      en: 'contains invisible or text-direction control characters, which can make the answer read differently from what it is.',
      es:
        'contiene caracteres invisibles o de control de la dirección del texto, que pueden hacer que la respuesta ' +
        'se lea de otra manera de lo que es.',
      fr:
        'contient des caractères invisibles ou de contrôle du sens du texte, qui peuvent faire lire la réponse ' +
        'autrement qu’elle n’est.',
    },
    fix: {
      en: 'Retype the answer without copying it from a source that adds hidden characters.',
      es: 'Vuelve a escribir la respuesta sin copiarla de una fuente que añada caracteres ocultos.',
      fr: 'Retapez la réponse sans la copier depuis une source qui ajoute des caractères cachés.',
    },
  },
  'form-extra-text.before-questions': {
    rule: 'form-extra-text',
    message: {
      en: 'has text before the first question ("{text}").',
      es: 'tiene texto antes de la primera pregunta ("{text}").',
      fr: 'contient du texte avant la première question ("{text}").',
    },
    fix: {
      en:
        'Remove the text above the first "###" question: the bot reads only the answers, so maintainers would ' +
        'approve text the bot ignores.',
      es:
        'Quita el texto de encima de la primera pregunta "###": el bot solo lee las respuestas, así que las personas ' +
        'responsables aprobarían un texto que el bot ignora.',
      fr:
        'Supprimez le texte au-dessus de la première question « ### » : le robot ne lit que les réponses, les ' +
        'responsables approuveraient donc un texte que le robot ignore.',
    },
  },
  'form-unknown-question.near': {
    rule: 'form-unknown-question',
    message: {
      en:
        'is a "###" heading that looks like the question "{question}" but is not written the same ' +
        '(hidden characters, formatting, other letters or case).',
      es:
        'es un título "###" que se parece a la pregunta "{question}" pero no está escrito igual ' +
        '(caracteres ocultos, formato, otras letras o mayúsculas).',
      fr:
        'est un titre « ### » qui ressemble à la question « {question} » mais ne s’écrit pas pareil ' +
        '(caractères cachés, mise en forme, autres lettres ou casse).',
    },
    fix: {
      en: 'Write the heading exactly as "### {question}", or remove it.',
      es: 'Escribe el título exactamente como "### {question}", o quítalo.',
      fr: 'Écrivez le titre exactement « ### {question} », ou supprimez-le.',
    },
  },
  'form-unknown-question.unknown': {
    rule: 'form-unknown-question',
    message: {
      en: 'is a "###" heading that is not a question of this form; the bot reads every such heading as a question.',
      es: 'es un título "###" que no es una pregunta de este formulario; el bot lee cada título así como una pregunta.',
      fr:
        'est un titre « ### » qui n’est pas une question de ce formulaire ; le robot lit chacun de ces titres ' +
        'comme une question.',
    },
    fix: {
      en: 'Remove the heading, or write it as plain text without "###".',
      es: 'Quita el título, o escríbelo como texto simple sin "###".',
      fr: 'Supprimez le titre, ou écrivez-le en texte simple sans « ### ».',
    },
  },
  'form-repeated-question.twice': {
    rule: 'form-repeated-question',
    message: {
      en: 'is asked twice in the issue; the issue shows both answers but the bot would read only one.',
      es: 'aparece dos veces en la incidencia; la incidencia muestra ambas respuestas pero el bot solo leería una.',
      fr: 'est posée deux fois dans le ticket ; le ticket affiche les deux réponses mais le robot n’en lirait qu’une.',
    },
    fix: {
      en: 'Keep one "### {question}" section with its answer and delete the other.',
      es: 'Deja una sola sección "### {question}" con su respuesta y borra la otra.',
      fr: 'Gardez une seule section « ### {question} » avec sa réponse et supprimez l’autre.',
    },
  },
  'form-missing-question.missing': {
    rule: 'form-missing-question',
    message: {
      en: 'is missing from the issue (its "###" heading was removed or changed).',
      es: 'falta en la incidencia (su título "###" se quitó o se cambió).',
      fr: 'manque dans le ticket (son titre « ### » a été supprimé ou modifié).',
    },
    fix: {
      en: 'Put back "### {question}" followed by the answer (or _No response_).',
      es: 'Vuelve a poner "### {question}" seguido de la respuesta (o _No response_).',
      fr: 'Remettez « ### {question} » suivi de la réponse (ou _No response_).',
    },
  },
  'form-empty.city': {
    rule: 'form-empty',
    message: {en: 'is empty.', es: 'está vacío.', fr: 'est vide.'},
    fix: {
      en: 'Write the folder name of the city, e.g. chicago (see directory/ in the repository).',
      es: 'Escribe el nombre de la carpeta de la ciudad, p. ej. chicago (mira directory/ en el repositorio).',
      fr: 'Écrivez le nom du dossier de la ville, par ex. chicago (voir directory/ dans le dépôt).',
    },
  },
  'form-empty.slug': {
    rule: 'form-empty',
    message: {en: 'is empty.', es: 'está vacío.', fr: 'est vide.'},
    fix: {
      en: 'Write a file name with lowercase letters, digits and hyphens, e.g. northside-legal-help.',
      es: 'Escribe un nombre de archivo con minúsculas, cifras y guiones, p. ej. northside-legal-help.',
      fr: 'Écrivez un nom de fichier en minuscules, chiffres et tirets, par ex. northside-legal-help.',
    },
  },
  'form-empty.channels': {
    rule: 'form-empty',
    message: {en: 'is empty.', es: 'está vacío.', fr: 'est vide.'},
    fix: {
      en: 'Add at least one way to reach the organisation.',
      es: 'Añade al menos una forma de contactar con la organización.',
      fr: 'Ajoutez au moins un moyen de joindre l’organisation.',
    },
  },
  'form-invalid-name.invalid': {
    rule: 'form-invalid-name',
    message: {
      en: '"{value}" is not a valid folder or file name.',
      es: '"{value}" no es un nombre de carpeta o de archivo válido.',
      fr: '« {value} » n’est pas un nom de dossier ou de fichier valide.',
    },
    fix: {
      en: 'Use lowercase letters, digits and single hyphens.',
      es: 'Usa minúsculas, cifras y guiones simples.',
      fr: 'Utilisez des minuscules, des chiffres et des tirets simples.',
    },
  },
  'form-consent.unticked': {
    rule: 'form-consent',
    message: {
      en: 'not every box is ticked.',
      es: 'no todas las casillas están marcadas.',
      fr: 'toutes les cases ne sont pas cochées.',
    },
    fix: {
      en:
        'The organisation must agree to be listed, and the entry must hold no personal data; edit the issue and ' +
        'tick each box.',
      es:
        'La organización debe aceptar aparecer, y la entrada no debe contener datos personales; edita la ' +
        'incidencia y marca cada casilla.',
      fr:
        'L’organisation doit accepter d’être listée, et la fiche ne doit contenir aucune donnée personnelle ; ' +
        'modifiez le ticket et cochez chaque case.',
    },
  },
  'form-channel-line.columns': {
    rule: 'form-channel-line',
    message: {
      en: 'line {line} ("{text}") does not have kind | audience | value.',
      es: 'la línea {line} ("{text}") no tiene tipo | público | valor (kind | audience | value).',
      fr: 'la ligne {line} ("{text}") n’a pas type | public | valeur (kind | audience | value).',
    },
    fix: {
      en: 'Write one channel per line, e.g. hotline | need-help | +16125550142 | Mo-Fr 09:00-17:00',
      es: 'Escribe un canal por línea, p. ej. hotline | need-help | +16125550142 | Mo-Fr 09:00-17:00',
      fr: 'Écrivez un canal par ligne, par ex. hotline | need-help | +16125550142 | Mo-Fr 09:00-17:00',
    },
  },
  'form-edited-after-approval.edited': {
    rule: 'form-edited-after-approval',
    message: {
      en:
        'was edited after the approved label was added, so the text the maintainer approved is not the text the ' +
        'bot would read.',
      es:
        'se editó después de añadir la etiqueta approved, así que el texto que aprobaron las personas responsables no es el ' +
        'que leería el bot.',
      fr:
        'a été modifié après l’ajout de l’étiquette approved : le texte approuvé par les responsables n’est pas ' +
        'celui que le robot lirait.',
    },
    fix: {
      en: 'A maintainer reads the issue again, then removes and re-adds the approved label.',
      es: 'Una persona responsable vuelve a leer la incidencia, y luego quita y vuelve a añadir la etiqueta approved.',
      fr: 'Une personne responsable relit le ticket, puis retire et remet l’étiquette approved.',
    },
  },
  'missing-city.form-folder': {
    rule: 'missing-city',
    message: {
      en: 'There is no city folder directory/{city}/.',
      es: 'No hay ninguna carpeta de ciudad directory/{city}/.',
      fr: 'Il n’y a pas de dossier de ville directory/{city}/.',
    },
    fix: {
      en: 'Use the folder name of an existing city, or ask the maintainers to add the city first.',
      es: 'Usa el nombre de carpeta de una ciudad existente, o pide a las personas responsables que añadan antes la ciudad.',
      fr: 'Utilisez le nom de dossier d’une ville existante, ou demandez d’abord aux responsables d’ajouter la ville.',
    },
  },
  'duplicate-slug.form-other-city': {
    rule: 'duplicate-slug',
    message: {
      en: 'The slug "{slug}" is already used by directory/{city}/{slug}.yml.',
      es: 'El slug "{slug}" ya lo usa directory/{city}/{slug}.yml.',
      fr: 'Le slug « {slug} » est déjà utilisé par directory/{city}/{slug}.yml.',
    },
    fix: {
      en: 'Choose another file name, or update that entry instead.',
      es: 'Elige otro nombre de archivo, o actualiza esa entrada en su lugar.',
      fr: 'Choisissez un autre nom de fichier, ou mettez plutôt cette fiche à jour.',
    },
  },
  // ── The import (src/lib/import): refusals and warnings of a row, in the import report ──
  'country.row-mismatch': {
    rule: 'country',
    message: {
      en: "The row's country is {country}, but the city {city} is in {cityCountry}.",
      es: 'El país de la fila es {country}, pero la ciudad {city} está en {cityCountry}.',
      fr: 'Le pays de la ligne est {country}, mais le pays de la ville {city} est {cityCountry}.',
    },
    fix: {
      en: 'Correct the country cell or the city; a row belongs to one city in one country.',
      es: 'Corrige la celda del país o la ciudad; una fila pertenece a una ciudad de un solo país.',
      fr: 'Corrigez la cellule du pays ou la ville ; une ligne appartient à une ville dans un seul pays.',
    },
  },
  'country.unknown': {
    rule: 'country',
    message: {
      en: '"{value}" is not a country the import knows (an ISO 3166-1 code such as MX, or its English name).',
      es: '"{value}" no es un país que la importación conozca (un código ISO 3166-1 como MX, o su nombre en inglés).',
      fr: '« {value} » n’est pas un pays connu de l’import (un code ISO 3166-1 comme MX, ou son nom anglais).',
    },
    fix: {
      en: 'Map it under country_column.values in the mapping, e.g. {"{value}": MX}.',
      es: 'Asígnale un valor en country_column.values del mapeo, p. ej. {"{value}": MX}.',
      fr: 'Associez-le à un pays sous country_column.values dans le mapping, par ex. {"{value}": MX}.',
    },
  },
  'missing-city.import': {
    rule: 'missing-city',
    message: {
      en: 'There is no city "{city}" in {directory}/.',
      es: 'No hay ninguna ciudad "{city}" en {directory}/.',
      fr: 'Il n’y a pas de ville « {city} » dans {directory}/.',
    },
    fix: {
      en:
        'Run the import with --create-cities to write directory/{city}/_city.yml from the offline gazetteer, ' +
        'create it by hand from templates/city.yml, or map the row to an existing city (city.values or ' +
        'defaults.city in the mapping).',
      es:
        'Ejecuta la importación con --create-cities para escribir directory/{city}/_city.yml a partir del ' +
        'nomenclátor sin conexión, créalo a mano desde templates/city.yml, o asigna la fila a una ciudad ' +
        'existente (city.values o defaults.city en el mapeo).',
      fr:
        'Lancez l’import avec --create-cities pour écrire directory/{city}/_city.yml depuis le répertoire ' +
        'géographique hors ligne, créez-le à la main depuis templates/city.yml, ou associez la ligne à une ' +
        'ville existante (city.values ou defaults.city dans le mapping).',
    },
  },
  'slug.import-city': {
    rule: 'slug',
    message: {
      en: '"{city}" is not a valid city slug.',
      es: '"{city}" no es un slug de ciudad válido.',
      fr: '« {city} » n’est pas un slug de ville valide.',
    },
    fix: {
      en: 'Use the city folder name: lowercase letters, digits and hyphens, e.g. minneapolis (city.values in the mapping).',
      es:
        'Usa el nombre de la carpeta de la ciudad: minúsculas, cifras y guiones, p. ej. minneapolis ' +
        '(city.values en el mapeo).',
      fr:
        'Utilisez le nom du dossier de la ville : minuscules, chiffres et tirets, par ex. minneapolis ' +
        '(city.values dans le mapping).',
    },
  },
  'slug.import-row': {
    rule: 'slug',
    message: {
      en: '"{slug}" is not a valid slug.',
      es: '"{slug}" no es un slug válido.',
      fr: '« {slug} » n’est pas un slug valide.',
    },
    fix: {
      en: 'Use lowercase letters, digits and hyphens only, e.g. northside-rapid-response.',
      es: 'Usa solo minúsculas, cifras y guiones, p. ej. northside-rapid-response.',
      fr: 'Utilisez uniquement des minuscules, des chiffres et des tirets, par ex. northside-rapid-response.',
    },
  },
  'slug.import-hub': {
    rule: 'slug',
    message: {
      en: '"{slug}" is not a valid city slug.',
      es: '"{slug}" no es un slug de ciudad válido.',
      fr: '« {slug} » n’est pas un slug de ville valide.',
    },
    fix: {
      en: 'Use lowercase letters, digits and hyphens.',
      es: 'Usa minúsculas, cifras y guiones.',
      fr: 'Utilisez des minuscules, des chiffres et des tirets.',
    },
  },
  'slug.from-name': {
    rule: 'slug',
    message: {
      en: 'No slug could be made from the name (it has no Latin letters or digits).',
      es: 'No se pudo hacer un slug a partir del nombre (no tiene letras latinas ni cifras).',
      fr: 'Aucun slug n’a pu être tiré du nom (il n’a ni lettres latines ni chiffres).',
    },
    fix: {
      en: 'Add a Slug column (lowercase letters, digits and hyphens) and name it with slug: in the mapping.',
      es: 'Añade una columna Slug (minúsculas, cifras y guiones) y nómbrala con slug: en el mapeo.',
      fr: 'Ajoutez une colonne Slug (minuscules, chiffres et tirets) et nommez-la avec slug: dans le mapping.',
    },
  },
  'slug.hsds-name': {
    rule: 'slug',
    message: {
      en: 'No slug could be made from the name.',
      es: 'No se pudo hacer un slug a partir del nombre.',
      fr: 'Aucun slug n’a pu être tiré du nom.',
    },
    fix: {
      en:
        'Give the organisation a name with Latin letters or digits, or add an sc_slug column (lowercase ' +
        'letters, digits and hyphens).',
      es:
        'Da a la organización un nombre con letras latinas o cifras, o añade una columna sc_slug (minúsculas, ' +
        'cifras y guiones).',
      fr:
        'Donnez à l’organisation un nom avec des lettres latines ou des chiffres, ou ajoutez une colonne ' +
        'sc_slug (minuscules, chiffres et tirets).',
    },
  },
  'exists.slug': {
    rule: 'exists',
    message: {
      en: 'An organisation with the slug "{slug}" already exists: {file}.',
      es: 'Ya existe una organización con el slug "{slug}": {file}.',
      fr: 'Une organisation avec le slug « {slug} » existe déjà : {file}.',
    },
    fix: {
      en: 'Run the import with --update to rewrite its changed fields, or import into an empty --out folder.',
      es:
        'Ejecuta la importación con --update para reescribir los campos cambiados, o importa en una carpeta ' +
        '--out vacía.',
      fr: 'Lancez l’import avec --update pour réécrire ses champs modifiés, ou importez dans un dossier --out vide.',
    },
  },
  'moved.city': {
    rule: 'moved',
    message: {
      en: '{file} is in {liveCity}, but the row puts it in {city}.',
      es: '{file} está en {liveCity}, pero la fila lo pone en {city}.',
      fr: '{file} est dans {liveCity}, mais la ligne le place dans {city}.',
    },
    fix: {
      en: "Move the file by hand in a pull request of its own, or correct the row's city.",
      es: 'Mueve el archivo a mano en un pull request propio, o corrige la ciudad de la fila.',
      fr: 'Déplacez le fichier à la main dans une pull request à part, ou corrigez la ville de la ligne.',
    },
  },
  'duplicate-row.same-city': {
    rule: 'duplicate-row',
    message: {
      en: 'The slug "{slug}" is also made by row {row}, in the same city: it is probably the same organisation.',
      es: 'La fila {row} también produce el slug "{slug}", en la misma ciudad: probablemente es la misma organización.',
      fr: 'La ligne {row} produit aussi le slug « {slug} », dans la même ville : c’est sans doute la même organisation.',
    },
    fix: {
      en: 'Merge the two rows into one, or give one a different name or Slug column value.',
      es: 'Une las dos filas en una, o da a una de ellas otro nombre u otro valor en la columna Slug.',
      fr: 'Fusionnez les deux lignes en une, ou donnez à l’une un autre nom ou une autre valeur de colonne Slug.',
    },
  },
  'duplicate-row.other-city': {
    rule: 'duplicate-row',
    message: {
      en: 'The slug "{slug}" is also made by row {row} (city {city}).',
      es: 'La fila {row} también produce el slug "{slug}" (ciudad {city}).',
      fr: 'La ligne {row} produit aussi le slug « {slug} » (ville {city}).',
    },
    fix: {
      en:
        'Give one a different name or Slug column value, or set duplicates: suffix-city in the mapping to ' +
        'suffix the second with its city.',
      es:
        'Da a una de ellas otro nombre u otro valor en la columna Slug, o pon duplicates: suffix-city en el ' +
        'mapeo para añadir a la segunda el sufijo de su ciudad.',
      fr:
        'Donnez à l’une un autre nom ou une autre valeur de colonne Slug, ou mettez duplicates: suffix-city ' +
        'dans le mapping pour suffixer la seconde avec sa ville.',
    },
  },
  'mapping-column.missing': {
    rule: 'mapping-column',
    message: {
      en: 'The mapping names a column "{column}" that the file does not have.',
      es: 'El mapeo nombra una columna "{column}" que el archivo no tiene.',
      fr: 'Le mapping nomme une colonne « {column} » que le fichier n’a pas.',
    },
    fix: {
      en: 'Change "{column}" in the mapping to one of the file\'s headers: {headers}.',
      es: 'Cambia "{column}" en el mapeo por uno de los encabezados del archivo: {headers}.',
      fr: 'Remplacez « {column} » dans le mapping par l’un des en-têtes du fichier : {headers}.',
    },
  },
  'city.none': {
    rule: 'city',
    message: {
      en: 'The row names no city.',
      es: 'La fila no nombra ninguna ciudad.',
      fr: 'La ligne ne nomme aucune ville.',
    },
    fix: {
      en: 'Map a city column with city: in the mapping, or set defaults.city.',
      es: 'Asigna una columna de ciudad con city: en el mapeo, o pon defaults.city.',
      fr: 'Associez une colonne de ville avec city: dans le mapping, ou définissez defaults.city.',
    },
  },
  'city.empty': {
    rule: 'city',
    message: {
      en: 'The city cell is empty.',
      es: 'La celda de la ciudad está vacía.',
      fr: 'La cellule de la ville est vide.',
    },
    fix: {
      en: 'Fill the city column with a city name or slug such as minneapolis, or set defaults.city in the mapping.',
      es:
        'Rellena la columna de la ciudad con un nombre o un slug de ciudad como minneapolis, o pon ' +
        'defaults.city en el mapeo.',
      fr:
        'Remplissez la colonne de la ville avec un nom ou un slug de ville comme minneapolis, ou définissez ' +
        'defaults.city dans le mapping.',
    },
  },
  'city.hsds-none': {
    rule: 'city',
    message: {
      en: 'The organisation names no city.',
      es: 'La organización no nombra ninguna ciudad.',
      fr: 'L’organisation ne nomme aucune ville.',
    },
    fix: {
      en: 'Set defaults.city in a mapping file passed with --map (or add an sc_city column with a city slug).',
      es: 'Pon defaults.city en un archivo de mapeo pasado con --map (o añade una columna sc_city con un slug de ciudad).',
      fr:
        'Définissez defaults.city dans un fichier de mapping passé avec --map (ou ajoutez une colonne sc_city ' +
        'avec un slug de ville).',
    },
  },
  'summary-length.hsds': {
    rule: 'summary-length',
    message: {
      en: 'The description is {length} characters; a summary is at most 280.',
      es: 'La descripción tiene {length} caracteres; un resumen tiene como máximo 280.',
      fr: 'La description fait {length} caractères ; un résumé en fait 280 au plus.',
    },
    fix: {
      en:
        'Shorten the description in the package, or give every organisation a summary with defaults.summary ' +
        'in the mapping.',
      es:
        'Acorta la descripción en el paquete, o da a todas las organizaciones un resumen con defaults.summary ' +
        'en el mapeo.',
      fr:
        'Raccourcissez la description dans le paquet, ou donnez à chaque organisation un résumé avec ' +
        'defaults.summary dans le mapping.',
    },
  },
  'hsds-json.cell': {
    rule: 'hsds-json',
    message: {
      en: 'The {column} cell is not valid JSON.',
      es: 'La celda {column} no es JSON válido.',
      fr: 'La cellule {column} n’est pas du JSON valide.',
    },
    fix: {
      en: 'Write it as JSON, e.g. ["en","es"] for a list or {"en":"…"} for text per language.',
      es: 'Escríbela en JSON, p. ej. ["en","es"] para una lista o {"en":"…"} para un texto por idioma.',
      fr: 'Écrivez-la en JSON, par ex. ["en","es"] pour une liste ou {"en":"…"} pour un texte par langue.',
    },
  },
  'hsds-json.international': {
    rule: 'hsds-json',
    message: {
      en: 'The sc_international cell is not valid JSON.',
      es: 'La celda sc_international no es JSON válido.',
      fr: 'La cellule sc_international n’est pas du JSON valide.',
    },
    fix: {
      en: 'Write it as JSON text per language, e.g. {"en":"…"}.',
      es: 'Escríbela como texto JSON por idioma, p. ej. {"en":"…"}.',
      fr: 'Écrivez-la en texte JSON par langue, par ex. {"en":"…"}.',
    },
  },
  'city-ambiguous.gazetteer': {
    rule: 'city-ambiguous',
    message: {
      en: '{place} fits {count} places in the gazetteer: {candidates}.',
      es: '{place} corresponde a {count} lugares del nomenclátor: {candidates}.',
      fr: '{place} correspond à {count} lieux du répertoire géographique : {candidates}.',
    },
    fix: {
      en:
        'Choose one: add its region (region_column:) and country (country_column:) to the sheet and the ' +
        'mapping, or create the city hub by hand from templates/city.yml.',
      es:
        'Elige uno: añade su región (region_column:) y su país (country_column:) a la hoja y al mapeo, o crea ' +
        'la página de la ciudad a mano desde templates/city.yml.',
      fr:
        'Choisissez-en un : ajoutez sa région (region_column:) et son pays (country_column:) à la feuille et ' +
        'au mapping, ou créez la page de la ville à la main depuis templates/city.yml.',
    },
  },
  'city-ambiguous.folder': {
    rule: 'city-ambiguous',
    message: {
      en: 'The city folder "{city}" would hold two different places: {first} (row {row}) and {second}.',
      es: 'La carpeta de ciudad "{city}" tendría dos lugares distintos: {first} (fila {row}) y {second}.',
      fr: 'Le dossier de ville « {city} » contiendrait deux lieux différents : {first} (ligne {row}) et {second}.',
    },
    fix: {
      en: 'Map one of the two to another slug with city.values in the mapping, e.g. {"Springfield": springfield-il}.',
      es: 'Asigna uno de los dos a otro slug con city.values en el mapeo, p. ej. {"Springfield": springfield-il}.',
      fr:
        'Associez l’un des deux à un autre slug avec city.values dans le mapping, par ex. ' +
        '{"Springfield": springfield-il}.',
    },
  },
  'city-not-found.gazetteer': {
    rule: 'city-not-found',
    message: {
      en: '{place} is not in the gazetteer ({gazetteer}).',
      es: '{place} no está en el nomenclátor ({gazetteer}).',
      fr: '{place} n’est pas dans le répertoire géographique ({gazetteer}).',
    },
    fix: {
      en:
        "Map the sheet's spelling to the gazetteer's name or an existing city with city.values in the mapping " +
        '(e.g. {"{name}": ciudad-juarez}), create directory/{city}/_city.yml by hand from templates/city.yml ' +
        "(city centre and IANA time zone), or check the row's region and country.",
      es:
        'Asigna la grafía de la hoja al nombre del nomenclátor o a una ciudad existente con city.values en el ' +
        'mapeo (p. ej. {"{name}": ciudad-juarez}), crea directory/{city}/_city.yml a mano desde ' +
        'templates/city.yml (centro de la ciudad y zona horaria IANA), o revisa la región y el país de la fila.',
      fr:
        'Associez l’orthographe de la feuille au nom du répertoire géographique ou à une ville existante avec ' +
        'city.values dans le mapping (par ex. {"{name}": ciudad-juarez}), créez directory/{city}/_city.yml à la ' +
        'main depuis templates/city.yml (centre-ville et fuseau horaire IANA), ou vérifiez la région et le pays ' +
        'de la ligne.',
    },
  },
  'phone-unreadable.city': {
    rule: 'phone-unreadable',
    message: PHONE_UNREADABLE,
    fix: {
      en:
        'Write it with + and its country code in the sheet, or check the digits; numbers without + are read ' +
        'in the country of the city {city}.',
      es:
        'Escríbelo con + y su código de país en la hoja, o revisa las cifras; los números sin + se leen en el ' +
        'país de la ciudad {city}.',
      fr:
        'Écrivez-le avec + et son indicatif de pays dans la feuille, ou vérifiez les chiffres ; les numéros ' +
        'sans + sont lus dans le pays de la ville {city}.',
    },
  },
  'phone-unreadable.column': {
    rule: 'phone-unreadable',
    message: PHONE_UNREADABLE,
    fix: {
      en: "Write it with + and its country code in the sheet, or correct the row's country column (country_column: in the mapping).",
      es:
        'Escríbelo con + y su código de país en la hoja, o corrige la columna del país de la fila ' +
        '(country_column: en el mapeo).',
      fr:
        'Écrivez-le avec + et son indicatif de pays dans la feuille, ou corrigez la colonne du pays de la ' +
        'ligne (country_column: dans le mapping).',
    },
  },
  'phone-unreadable.mapping': {
    rule: 'phone-unreadable',
    message: PHONE_UNREADABLE,
    fix: {
      en:
        'Write it with + and its country code in the sheet, or set country: (or country_column:) in the ' +
        'mapping to the country where it rings.',
      es:
        'Escríbelo con + y su código de país en la hoja, o pon en country: (o country_column:) del mapeo el ' +
        'país donde suena.',
      fr:
        'Écrivez-le avec + et son indicatif de pays dans la feuille, ou mettez dans country: (ou ' +
        'country_column:) du mapping le pays où il sonne.',
    },
  },
  'phone-extension.conflict': {
    rule: 'phone-extension',
    message: {
      en: 'The number is written with extension {extension}, but the extension column says {column}.',
      es: 'El número está escrito con la extensión {extension}, pero la columna de extensión dice {column}.',
      fr: 'Le numéro est écrit avec le poste {extension}, mais la colonne du poste indique {column}.',
    },
    fix: {
      en: 'Keep the extension in one place: remove it from the number, or correct the extension column.',
      es: 'Deja la extensión en un solo lugar: quítala del número o corrige la columna de extensión.',
      fr: 'Gardez le poste à un seul endroit : retirez-le du numéro, ou corrigez la colonne du poste.',
    },
  },
  'phone-country.import-city': importPhoneCountry({
    en: "{number} rings in {ringsIn}, but the row's city {city} is in {country}.",
    es: '{number} suena en {ringsIn}, pero la ciudad de la fila, {city}, está en {country}.',
    fr: '{number} sonne dans un autre pays ({ringsIn}) que celui de la ville de la ligne, {city} ({country}).',
  }),
  'phone-country.import-city-nowhere': importPhoneCountry({
    en: "{number} rings in no single country, but the row's city {city} is in {country}.",
    es: '{number} no suena en ningún país concreto, pero la ciudad de la fila, {city}, está en {country}.',
    fr: '{number} ne sonne dans aucun pays précis, mais la ville de la ligne, {city}, a pour pays {country}.',
  }),
  'phone-country.import-column': importPhoneCountry({
    en: '{number} rings in {ringsIn}, but the row is read as {country} (its country column).',
    es: '{number} suena en {ringsIn}, pero la fila se lee como {country} (su columna de país).',
    fr: '{number} sonne dans un autre pays ({ringsIn}) que celui de la ligne, lue comme {country} (sa colonne de pays).',
  }),
  'phone-country.import-column-nowhere': importPhoneCountry({
    en: '{number} rings in no single country, but the row is read as {country} (its country column).',
    es: '{number} no suena en ningún país concreto, pero la fila se lee como {country} (su columna de país).',
    fr: '{number} ne sonne dans aucun pays précis, mais la ligne est lue comme {country} (sa colonne de pays).',
  }),
  'phone-country.import-mapping': importPhoneCountry({
    en: "{number} rings in {ringsIn}, but the row is read as {country} (the mapping's country:).",
    es: '{number} suena en {ringsIn}, pero la fila se lee como {country} (el country: del mapeo).',
    fr: '{number} sonne dans un autre pays ({ringsIn}) que celui de la ligne, lue comme {country} (le country: du mapping).',
  }),
  'phone-country.import-mapping-nowhere': importPhoneCountry({
    en: "{number} rings in no single country, but the row is read as {country} (the mapping's country:).",
    es: '{number} no suena en ningún país concreto, pero la fila se lee como {country} (el country: del mapeo).',
    fr: '{number} ne sonne dans aucun pays précis, mais la ligne est lue comme {country} (le country: du mapping).',
  }),
} satisfies Record<string, CatalogueEntry>;

/**
 * Sentences the import adds to a validator problem's fix, naming the mapping key to change rather than the
 * YAML field (src/lib/import/mappingFixes.ts, importEntries.ts), by hint code, with `{name}` placeholders. A row
 * problem lists them in `hints`; its English fix is the problem's fix followed by the English hints.
 */
export const IMPORT_FIX_HINTS = {
  'mapping.column-empty': {
    en: 'The column "{column}" (fields.{key} in the mapping) is empty on this row: fill it, or set defaults.{field} for every row.',
    es:
      'La columna "{column}" (fields.{key} en el mapeo) está vacía en esta fila: rellénala, o pon ' +
      'defaults.{field} para todas las filas.',
    fr:
      'La colonne « {column} » (fields.{key} dans le mapping) est vide sur cette ligne : remplissez-la, ou ' +
      'définissez defaults.{field} pour toutes les lignes.',
  },
  'mapping.name-column': {
    en: 'In the mapping, name a column for it under fields: (e.g. fields.{field}: <header>) or set defaults.{field}.',
    es:
      'En el mapeo, nombra una columna para él en fields: (p. ej. fields.{field}: <encabezado>) o pon ' +
      'defaults.{field}.',
    fr:
      'Dans le mapping, nommez une colonne pour ce champ sous fields: (par ex. fields.{field}: <en-tête>) ou ' +
      'définissez defaults.{field}.',
  },
  'mapping.no-contact': {
    en: 'The row has no contact: fill one of its contact columns, or list a contact column under channels: in the mapping.',
    es:
      'La fila no tiene ningún contacto: rellena una de sus columnas de contacto, o indica una columna de ' +
      'contacto en channels: del mapeo.',
    fr:
      'La ligne n’a aucun contact : remplissez l’une de ses colonnes de contact, ou indiquez une colonne de ' +
      'contact sous channels: dans le mapping.',
  },
  'mapping.values': {
    en: "Or map the sheet's text to an allowed value under {key}.values in the mapping.",
    es: 'O asigna el texto de la hoja a un valor permitido en {key}.values del mapeo.',
    fr: 'Ou associez le texte de la feuille à une valeur autorisée sous {key}.values dans le mapping.',
  },
  'mapping.values-example': {
    en: 'Or map the sheet\'s text to an allowed value under {key}.values in the mapping, e.g. {"{value}": …}.',
    es: 'O asigna el texto de la hoja a un valor permitido en {key}.values del mapeo, p. ej. {"{value}": …}.',
    fr:
      'Ou associez le texte de la feuille à une valeur autorisée sous {key}.values dans le mapping, par ex. ' +
      '{"{value}": …}.',
  },
  'mapping.city-defaults': {
    en: 'For cities the import creates, set city_defaults.{field} in the mapping.',
    es: 'Para las ciudades que crea la importación, pon city_defaults.{field} en el mapeo.',
    fr: 'Pour les villes que l’import crée, définissez city_defaults.{field} dans le mapping.',
  },
} satisfies Record<string, CatalogueText>;

/** A hint code: a key of {@link IMPORT_FIX_HINTS}. */
export type ImportFixHint = keyof typeof IMPORT_FIX_HINTS;

/** What a "not imported" line names and why it was not imported, in every language. */
type SkipText = {what: CatalogueText; reason: CatalogueText};

/** "Longer than a label" in every language (several things may be too long for a label). */
const LONGER_THAN_LABEL = {
  en: 'longer than a label ({length} characters)',
  es: 'más largo que una etiqueta ({length} caracteres)',
  fr: 'plus long qu’un libellé ({length} caractères)',
};
/** "Text beside a number" in every language. */
const BESIDE_NUMBER = {
  en: 'text beside a number',
  es: 'texto junto a un número',
  fr: 'texte à côté d’un numéro',
};
/** A value no directory field holds. */
const NO_FIELD = {
  en: 'no directory field holds it',
  es: 'ningún campo del directorio lo recoge',
  fr: 'aucun champ de l’annuaire ne le contient',
};
/** Street addresses are never published. */
const NO_ADDRESSES = {
  en: 'street addresses are never published (safety rule 5)',
  es: 'las direcciones postales nunca se publican (regla de seguridad 5)',
  fr: 'les adresses postales ne sont jamais publiées (règle de sécurité 5)',
};
/** A language the import does not know. */
const UNKNOWN_LANGUAGE = {
  what: {en: 'language', es: 'idioma', fr: 'langue'},
  reason: {
    en: 'not a language name or ISO 639 code the import knows',
    es: 'no es un nombre de idioma ni un código ISO 639 que la importación conozca',
    fr: 'ni un nom de langue ni un code ISO 639 connu de l’import',
  },
};
/** A table of a package read by nothing. */
const TABLE = {en: 'table {file}', es: 'tabla {file}', fr: 'table {file}'};
/** A field of a package read by nothing. */
const FIELD = {en: 'field {field}', es: 'campo {field}', fr: 'champ {field}'};

/**
 * What the import read but did not write (the report's "Not imported" lines: src/lib/import), by skip code: what
 * was not imported and why, with `{name}` placeholders. A skipped item carries its code and values, so the report
 * can be printed in every catalogue language; its English `what` and `reason` are written from here.
 */
export const IMPORT_SKIP_TEXTS = {
  'skip.email-words': {
    what: {
      en: 'text beside an e-mail address',
      es: 'texto junto a una dirección de correo',
      fr: 'texte à côté d’une adresse e-mail',
    },
    reason: {
      en: "not imported: it may be a person's name",
      es: 'no importado: puede ser el nombre de una persona',
      fr: 'non importé : il peut s’agir du nom d’une personne',
    },
  },
  'skip.phone-words-say-phone': {
    what: BESIDE_NUMBER,
    reason: {
      en: 'it only says that this is a phone number',
      es: 'solo dice que esto es un número de teléfono',
      fr: 'il dit seulement qu’il s’agit d’un numéro de téléphone',
    },
  },
  'skip.phone-words-several-numbers': {
    what: BESIDE_NUMBER,
    reason: {
      en: 'a cell holds several numbers, so which words name which number is not guessed',
      es: 'una celda tiene varios números, así que no se adivina qué palabras nombran a qué número',
      fr: 'une cellule contient plusieurs numéros : on ne devine pas quels mots nomment quel numéro',
    },
  },
  'skip.phone-words-both-sides': {
    what: BESIDE_NUMBER,
    reason: {
      en: 'words on both sides of the number, so which name it is not guessed',
      es: 'hay palabras a ambos lados del número, así que no se adivina cuáles lo nombran',
      fr: 'des mots de part et d’autre du numéro : on ne devine pas lesquels le nomment',
    },
  },
  'skip.phone-words-long': {what: BESIDE_NUMBER, reason: LONGER_THAN_LABEL},
  'skip.channel-left-out': {
    what: {
      en: 'channel {kind} "{value}"',
      es: 'canal {kind} "{value}"',
      fr: 'canal {kind} « {value} »',
    },
    reason: {
      en: 'left out (--skip-invalid-channels): {reasons}',
      es: 'omitido (--skip-invalid-channels): {reasons}',
      fr: 'omis (--skip-invalid-channels) : {reasons}',
    },
  },
  'skip.unmapped-column': {
    what: {en: 'column "{column}"', es: 'columna "{column}"', fr: 'colonne « {column} »'},
    reason: {
      en: 'no mapping key names it',
      es: 'ninguna clave del mapeo la nombra',
      fr: 'aucune clé du mapping ne la nomme',
    },
  },
  'skip.second-extension': {
    what: {en: 'a second extension', es: 'una segunda extensión', fr: 'un second poste'},
    reason: {
      en: 'a channel has one extension',
      es: 'un canal tiene una sola extensión',
      fr: 'un canal n’a qu’un poste',
    },
  },
  'skip.repeated-contact': {
    what: {en: '{kind} repeated', es: '{kind} repetido', fr: '{kind} répété'},
    reason: {
      en: 'the same contact is already a channel ({source} row {row})',
      es: 'el mismo contacto ya es un canal ({source} fila {row})',
      fr: 'le même contact est déjà un canal ({source} ligne {row})',
    },
  },
  'skip.hours-no-value': {
    what: {en: 'hours', es: 'horario', fr: 'horaires'},
    reason: {
      en: 'the schedule rows carry no opening_hours value',
      es: 'las filas de horario no llevan ningún valor opening_hours',
      fr: 'les lignes d’horaires ne portent aucune valeur opening_hours',
    },
  },
  'skip.hours-not-written': {
    what: {en: 'hours', es: 'horario', fr: 'horaires'},
    reason: {
      en: 'not written, because {why}',
      es: 'no escrito, porque {why}',
      fr: 'non écrit, car {why}',
    },
  },
  'skip.url-label-long': {
    what: {en: 'url.label', es: 'url.label', fr: 'url.label'},
    reason: LONGER_THAN_LABEL,
  },
  'skip.phone-description-long': {
    what: {en: 'phones.description', es: 'phones.description', fr: 'phones.description'},
    reason: LONGER_THAN_LABEL,
  },
  'skip.phone-type': {
    what: {
      en: 'phone of type {type}',
      es: 'teléfono de tipo {type}',
      fr: 'téléphone de type {type}',
    },
    reason: {
      en: 'the directory lists voice numbers only',
      es: 'el directorio solo recoge números de voz',
      fr: 'l’annuaire ne liste que des numéros vocaux',
    },
  },
  'skip.language-unknown': UNKNOWN_LANGUAGE,
  'skip.phone-of-contact': {
    what: {en: 'phone', es: 'teléfono', fr: 'téléphone'},
    reason: {
      en: "a contact's number (a named person): never imported",
      es: 'el número de un contacto (una persona con nombre): nunca se importa',
      fr: 'le numéro d’un contact (une personne nommée) : jamais importé',
    },
  },
  'skip.phone-unlinked': {
    what: {en: 'phone', es: 'teléfono', fr: 'téléphone'},
    reason: {
      en: 'linked to no organisation, service or location',
      es: 'no está vinculado a ninguna organización, servicio o lugar',
      fr: 'rattaché à aucune organisation, aucun service ni aucun lieu',
    },
  },
  'skip.table-contacts': {
    what: TABLE,
    reason: {
      en: 'contacts are named people; the directory publishes no personal data',
      es: 'los contactos son personas con nombre; el directorio no publica datos personales',
      fr: 'les contacts sont des personnes nommées ; l’annuaire ne publie aucune donnée personnelle',
    },
  },
  'skip.table-addresses': {what: TABLE, reason: NO_ADDRESSES},
  'skip.table-unused': {what: TABLE, reason: NO_FIELD},
  'skip.field-location': {
    what: FIELD,
    reason: {
      en: 'locations are never published (no addresses or meeting places)',
      es: 'los lugares nunca se publican (ni direcciones ni puntos de encuentro)',
      fr: 'les lieux ne sont jamais publiés (ni adresses ni lieux de rendez-vous)',
    },
  },
  'skip.field-unused': {what: FIELD, reason: NO_FIELD},
} satisfies Record<string, SkipText>;

/** A skip code: a key of {@link IMPORT_SKIP_TEXTS}. */
export type ImportSkipCode = keyof typeof IMPORT_SKIP_TEXTS;
