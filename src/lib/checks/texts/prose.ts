import type {CatalogueEntry} from './entry';

/**
 * Problem texts of the prose rules: Markdown files, descriptions, summaries and every other contributed text (src/lib/rules, src/lib/markdownFile.ts, src/lib/security).
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts).
 */
export const PROSE_TEXTS = {
  'raw-html.found': {
    rule: 'raw-html',
    message: {
      en: 'Raw HTML is not allowed: {html}.',
      es: 'No se permite HTML: {html}.',
      fr: "Le HTML n'est pas autorisé : {html}.",
    },
    fix: {
      en:
        'Remove the HTML and use plain Markdown (lists, emphasis, links). Write < as "less than" or put ' +
        'it in `code`.',
      es:
        'Quita el HTML y usa Markdown sencillo (listas, énfasis, enlaces). Escribe < como “menor que” o ' +
        'ponlo entre `código`.',
      fr:
        'Supprimez le HTML et utilisez du Markdown simple (listes, emphase, liens). Écrivez < sous la ' +
        'forme « inférieur à » ou mettez-le entre `code`.',
    },
  },
  'insecure-link.http': {
    rule: 'insecure-link',
    message: {
      en: '"{url}" is an http: link.',
      es: '“{url}” es un enlace http:.',
      fr: '« {url} » est un lien http:.',
    },
    fix: {
      en: 'Use the https:// address of the page.',
      es: 'Usa la dirección https:// de la página.',
      fr: "Utilisez l'adresse https:// de la page.",
    },
  },
  'contact-in-prose.link': {
    rule: 'contact-in-prose',
    message: {
      en: '"{url}" puts contact details in prose.',
      es: '“{url}” pone datos de contacto en el texto.',
      fr: '« {url} » met des coordonnées dans le texte.',
    },
    fix: {
      en:
        "Contacts belong in an organisation's channels; link to its directory page instead, " +
        'e.g. /directory/<city>/<org>.',
      es:
        'Los contactos van en los canales de una organización; enlaza a su página del directorio, ' +
        'p. ej. /directory/<city>/<org>.',
      fr:
        "Les coordonnées vont dans les canaux d'une organisation ; faites plutôt un lien vers sa page de " +
        "l'annuaire, par ex. /directory/<city>/<org>.",
    },
  },
  'bad-url.invalid': {
    rule: 'bad-url',
    message: {
      en: '"{url}" is not a valid address (a stray % sign?).',
      es: '“{url}” no es una dirección válida (¿un signo % suelto?).',
      fr: "« {url} » n'est pas une adresse valide (un signe % isolé ?).",
    },
    fix: {
      en: 'Write % as %25 in addresses, or remove the link.',
      es: 'Escribe % como %25 en las direcciones, o quita el enlace.',
      fr: 'Écrivez % sous la forme %25 dans les adresses, ou supprimez le lien.',
    },
  },
  'path-escape.site': {
    rule: 'path-escape',
    message: {
      en: '"{url}" climbs out of the site with "..".',
      es: '“{url}” se sale del sitio con “..”.',
      fr: '« {url} » sort du site avec « .. ».',
    },
    fix: {
      en: 'Link to the page itself, e.g. /directory/chicago.',
      es: 'Enlaza directamente a la página, p. ej. /directory/chicago.',
      fr: 'Faites un lien direct vers la page, par ex. /directory/chicago.',
    },
  },
  'path-escape.content': {
    rule: 'path-escape',
    message: {
      en: '"{url}" points outside the content folder.',
      es: '“{url}” apunta fuera de la carpeta de contenido.',
      fr: '« {url} » pointe hors du dossier de contenu.',
    },
    fix: {
      en:
        'Link only to pages of the site (e.g. /directory/chicago) or to Markdown files inside the same ' +
        'content folder.',
      es:
        'Enlaza solo a páginas del sitio (p. ej. /directory/chicago) o a archivos Markdown dentro de la ' +
        'misma carpeta de contenido.',
      fr:
        'Ne faites de liens que vers des pages du site (par ex. /directory/chicago) ou vers des fichiers ' +
        'Markdown du même dossier de contenu.',
    },
  },
  'future-date.verified': {
    rule: 'future-date',
    message: {
      en: 'The verification date {date} is in the future.',
      es: 'La fecha de verificación {date} es posterior a hoy.',
      fr: 'La date de vérification {date} est dans le futur.',
    },
    fix: {
      en: 'Use the date on which the details were actually checked.',
      es: 'Usa la fecha en que realmente se comprobaron los datos.',
      fr: 'Utilisez la date à laquelle les informations ont réellement été vérifiées.',
    },
  },
  'future-date.consent': {
    rule: 'future-date',
    message: {
      en: 'The consent date {date} is in the future.',
      es: 'La fecha de consentimiento {date} es posterior a hoy.',
      fr: 'La date de consentement {date} est dans le futur.',
    },
    fix: {
      en: 'Use the date on which the organisation agreed to be listed.',
      es: 'Usa la fecha en que la organización aceptó aparecer.',
      fr: "Utilisez la date à laquelle l'organisation a accepté de figurer dans l'annuaire.",
    },
  },
  'future-date.reviewed': {
    rule: 'future-date',
    message: {
      en: 'The review date {date} is in the future.',
      es: 'La fecha de revisión {date} es posterior a hoy.',
      fr: 'La date de relecture {date} est dans le futur.',
    },
    fix: {
      en: 'Use the date on which the playbook was last reviewed.',
      es: 'Usa la fecha en que se revisó el manual por última vez.',
      fr: 'Utilisez la date de la dernière relecture de la fiche pratique.',
    },
  },
  'stale.due': {
    rule: 'stale',
    message: {
      en: 'Last verified {months} months ago; the entry was due for review on {date}.',
      es: 'Se verificó por última vez hace {months} meses; la entrada debía revisarse el {date}.',
      fr: 'Dernière vérification il y a {months} mois ; la fiche devait être revue le {date}.',
    },
    fix: {
      en: 'Confirm every channel with the organisation, then update verified.date and verified.method.',
      es: 'Confirma cada canal con la organización y luego actualiza verified.date y verified.method.',
      fr: "Confirmez chaque canal avec l'organisation, puis mettez à jour verified.date et verified.method.",
    },
  },
  'reserved-value.found': {
    rule: 'reserved-value',
    message: {
      en: '"{value}" is a reserved example value (example.org/.com host or a 555-01XX number).',
      es: '“{value}” es un valor de ejemplo reservado (un dominio example.org/.com o un número 555-01XX).',
      fr: "« {value} » est une valeur d'exemple réservée (domaine example.org/.com ou numéro 555-01XX).",
    },
    fix: {
      en:
        "Replace the template value with the organisation's real contact, or mark a fictional entry with " +
        'sample: true.',
      es:
        'Sustituye el valor de la plantilla por el contacto real de la organización, o marca una entrada ' +
        'ficticia con sample: true.',
      fr:
        "Remplacez la valeur du modèle par le vrai contact de l'organisation, ou marquez une fiche " +
        'fictive avec sample: true.',
    },
  },
  'personal-mailbox.found': {
    rule: 'personal-mailbox',
    message: {
      en: '"{value}" looks like a personal mailbox.',
      es: '“{value}” parece un buzón personal.',
      fr: '« {value} » ressemble à une boîte e-mail personnelle.',
    },
    fix: {
      en: "Prefer an address on the organisation's own domain or a shared role mailbox, so no one person is exposed.",
      es:
        'Mejor una dirección del dominio propio de la organización o un buzón compartido, para que ' +
        'ninguna persona quede expuesta.',
      fr:
        "Préférez une adresse sur le domaine de l'organisation ou une boîte partagée, pour qu'aucune " +
        'personne ne soit exposée.',
    },
  },
  'link-scheme.none': {
    rule: 'link-scheme',
    message: {
      en: '"{url}" has no scheme (protocol-relative).',
      es: '“{url}” no indica el protocolo (empieza por //).',
      fr: "« {url} » n'indique pas de protocole (il commence par //).",
    },
    fix: {
      en: 'Write the full https:// address.',
      es: 'Escribe la dirección https:// completa.',
      fr: "Écrivez l'adresse https:// complète.",
    },
  },
  'link-scheme.refused': {
    rule: 'link-scheme',
    message: {
      en: '"{url}" uses the {scheme}: scheme, which is not allowed.',
      es: '“{url}” usa el esquema {scheme}:, que no está permitido.',
      fr: "« {url} » utilise le schéma {scheme}:, qui n'est pas autorisé.",
    },
    fix: {
      en: 'Use an https:// link or a site path.',
      es: 'Usa un enlace https:// o una ruta del sitio.',
      fr: 'Utilisez un lien https:// ou un chemin du site.',
    },
  },
  'remote-image.data': {
    rule: 'remote-image',
    message: {
      en: 'Images embedded as data: URLs are not allowed.',
      es: 'No se permiten imágenes incrustadas como URL data:.',
      fr: "Les images intégrées sous forme d'URL data: ne sont pas autorisées.",
    },
    fix: {
      en:
        'Save the image next to the Markdown file (PNG, JPEG, WebP or GIF, with its licence) and use a ' +
        'relative path, or remove it; remote images tell another host who is reading.',
      es:
        'Guarda la imagen junto al archivo Markdown (PNG, JPEG, WebP o GIF, con su licencia) y usa una ' +
        'ruta relativa, o quítala; las imágenes remotas le dicen a otro servidor quién está leyendo.',
      fr:
        "Enregistrez l'image à côté du fichier Markdown (PNG, JPEG, WebP ou GIF, avec sa licence) et " +
        'utilisez un chemin relatif, ou supprimez-la ; une image distante indique à un autre serveur qui ' +
        'lit la page.',
    },
  },
  'remote-image.remote': {
    rule: 'remote-image',
    message: {
      en: 'Images from other sites are not allowed: {url}',
      es: 'No se permiten imágenes de otros sitios: {url}',
      fr: "Les images d'autres sites ne sont pas autorisées : {url}",
    },
    fix: {
      en:
        'Save the image next to the Markdown file (PNG, JPEG, WebP or GIF, with its licence) and use a ' +
        'relative path, or remove it; remote images tell another host who is reading.',
      es:
        'Guarda la imagen junto al archivo Markdown (PNG, JPEG, WebP o GIF, con su licencia) y usa una ' +
        'ruta relativa, o quítala; las imágenes remotas le dicen a otro servidor quién está leyendo.',
      fr:
        "Enregistrez l'image à côté du fichier Markdown (PNG, JPEG, WebP ou GIF, avec sa licence) et " +
        'utilisez un chemin relatif, ou supprimez-la ; une image distante indique à un autre serveur qui ' +
        'lit la page.',
    },
  },
  'site-alias.image': {
    rule: 'site-alias',
    message: {
      en: '"{url}" reaches into the site\'s source with @site/.',
      es: '“{url}” entra en el código fuente del sitio con @site/.',
      fr: '« {url} » va chercher dans le code source du site avec @site/.',
    },
    fix: {
      en: 'Put the image next to the Markdown file (or under static/img/) and use a relative path.',
      es: 'Pon la imagen junto al archivo Markdown (o en static/img/) y usa una ruta relativa.',
      fr: "Placez l'image à côté du fichier Markdown (ou dans static/img/) et utilisez un chemin relatif.",
    },
  },
  'site-alias.link': {
    rule: 'site-alias',
    message: {
      en: '"{url}" reaches into the site\'s source with @site/.',
      es: '“{url}” entra en el código fuente del sitio con @site/.',
      fr: '« {url} » va chercher dans le code source du site avec @site/.',
    },
    fix: {
      en: 'Link to a published page (e.g. /directory) or a Markdown file by relative path.',
      es: 'Enlaza a una página publicada (p. ej. /directory) o a un archivo Markdown con una ruta relativa.',
      fr:
        'Faites un lien vers une page publiée (par ex. /directory) ou vers un fichier Markdown par un ' +
        'chemin relatif.',
    },
  },
  'slug.invalid': {
    rule: 'slug',
    message: {
      en: '"{slug}" is not a valid file name; it becomes the page address.',
      es: '“{slug}” no es un nombre de archivo válido; será la dirección de la página.',
      fr: "« {slug} » n'est pas un nom de fichier valide ; il devient l'adresse de la page.",
    },
    fix: {
      en: 'Use lowercase letters, digits and single hyphens, e.g. northside-rapid-response.',
      es: 'Usa minúsculas, cifras y guiones sueltos, p. ej. northside-rapid-response.',
      fr:
        "Utilisez des lettres minuscules, des chiffres et des traits d'union simples, par ex. northside-" +
        'rapid-response.',
    },
  },
  'duplicate-slug.taken': {
    rule: 'duplicate-slug',
    message: {
      en: '"{slug}" is already used by {path}.',
      es: '{path} ya usa “{slug}”.',
      fr: '« {slug} » est déjà utilisé par {path}.',
    },
    fix: {
      en:
        'Choose another file name. To change that entry, use "Edit this entry" on its page or the "Add or' +
        ' update an organisation" issue form.',
      es:
        'Elige otro nombre de archivo. Para cambiar esa entrada, usa “Editar esta entrada” en su página o' +
        ' el formulario de incidencia “Add or update an organisation” de GitHub.',
      fr:
        'Choisissez un autre nom de fichier. Pour modifier cette fiche, utilisez « Modifier cette fiche »' +
        ' sur sa page ou le formulaire de ticket « Add or update an organisation » sur GitHub.',
    },
  },
  'phone-in-prose.prose': {
    rule: 'phone-in-prose',
    message: {
      en: 'Phone number in prose: "{text}".',
      es: 'Número de teléfono en el texto: “{text}”.',
      fr: 'Numéro de téléphone dans le texte : « {text} ».',
    },
    fix: {
      en:
        "Remove it. Publish numbers only as an organisation's channel in directory/<city>/<org>.yml and " +
        'link to that page.',
      es:
        'Quítalo. Publica los números solo como canal de una organización en directory/<city>/<org>.yml y' +
        ' enlaza a esa página.',
      fr:
        "Supprimez-le. Ne publiez les numéros que comme canal d'une organisation dans " +
        'directory/<city>/<org>.yml, et faites un lien vers cette page.',
    },
  },
  'email-in-prose.prose': {
    rule: 'email-in-prose',
    message: {
      en: 'E-mail address in prose: "{text}".',
      es: 'Dirección de correo electrónico en el texto: “{text}”.',
      fr: 'Adresse e-mail dans le texte : « {text} ».',
    },
    fix: {
      en: "Remove it. Publish addresses only as an organisation's email channel and link to its directory page.",
      es:
        'Quítala. Publica las direcciones solo como canal de correo de una organización y enlaza a su ' +
        'página del directorio.',
      fr:
        "Supprimez-la. Ne publiez les adresses que comme canal e-mail d'une organisation, et faites un " +
        "lien vers sa page de l'annuaire.",
    },
  },
  'street-address.found': {
    rule: 'street-address',
    message: {
      en: 'This looks like a street address: "{text}".',
      es: 'Esto parece una dirección postal: “{text}”.',
      fr: 'Ceci ressemble à une adresse postale : « {text} ».',
    },
    fix: {
      en:
        'Remove home and meeting addresses; name the neighbourhood instead. Keep it only if it is a ' +
        'public office that wants to be found.',
      es:
        'Quita las direcciones de casas y de lugares de reunión; menciona el barrio en su lugar. Déjala ' +
        'solo si es de una oficina pública que quiere que la encuentren.',
      fr:
        'Supprimez les adresses de domicile et de lieux de réunion ; indiquez plutôt le quartier. Ne la ' +
        "gardez que s'il s'agit d'un bureau public qui veut être trouvé.",
    },
  },
} satisfies Record<string, CatalogueEntry>;
