import type {CatalogueEntry, CatalogueText} from './entry';

// Fixes several codes share (the English texts are those of src/lib/rules; the es/fr texts those the
// /contribute form showed).
const CHAT_INVITE_FIX: CatalogueText = {
  en:
    "Remove the invite link. Describe how people can ask to join (e.g. through the organisation's need-help " +
    'or volunteer channel) so that a person vets each new member.',
  es:
    'Quita el enlace de invitación. Explica cómo se puede pedir unirse (p. ej. por el canal de ayuda o de ' +
    'voluntariado de la organización) para que una persona revise a cada nuevo miembro.',
  fr:
    "Supprimez le lien d'invitation. Expliquez comment demander à rejoindre le groupe (par ex. par le canal " +
    "d'aide ou de bénévolat de l'organisation), pour qu'une personne vérifie chaque nouveau membre.",
};
const HIDDEN_CHARACTER_FIX: CatalogueText = {
  en:
    'Delete the character: retype the text, or paste it as plain text, without copying it from a source ' +
    'that adds hidden characters.',
  es:
    'Borra el carácter: vuelve a escribir el texto, o pégalo como texto sin formato, sin copiarlo de una ' +
    'fuente que añade caracteres ocultos.',
  fr:
    "Supprimez le caractère : retapez le texte, ou collez-le comme texte brut, sans le copier d'une source " +
    'qui ajoute des caractères cachés.',
};
const REAL_ADDRESS_FIX: CatalogueText = {
  en:
    'Write the address as the organisation publishes it: https:// followed directly by its own host name, ' +
    'typed rather than copied from a message.',
  es:
    'Escribe la dirección tal como la publica la organización: https:// seguido directamente de su propio ' +
    'nombre de sitio, escrito a mano y no copiado de un mensaje.',
  fr:
    "Écrivez l'adresse telle que l'organisation la publie : https:// suivi directement de son propre nom de " +
    "site, tapé à la main et non copié d'un message.",
};
const PARAGRAPH_FIX: CatalogueText = {
  en:
    'Split the paragraph into shorter ones, or remove marks that are not emphasis or links (write them in ' +
    '`code`).',
  es:
    'Divide el párrafo en otros más cortos, o quita las marcas que no sean énfasis ni enlaces (escríbelas ' +
    'en `code`).',
  fr:
    "Coupez le paragraphe en paragraphes plus courts, ou retirez les marques qui ne sont ni de l'emphase ni " +
    'des liens (écrivez-les en `code`).',
};
const PHONE_COST_FIX: CatalogueText = {
  en: 'Publish a standard or toll-free number instead.',
  es: 'Publica en su lugar un número normal o gratuito.',
  fr: 'Publiez plutôt un numéro ordinaire ou gratuit.',
};
const PHONE_LINE_FIX: CatalogueText = {
  en:
    "Publish the organisation's own fixed-line, mobile or toll-free number: a person in crisis must reach " +
    'a person, free or at local rates.',
  es:
    'Publica el número fijo, móvil o gratuito de la propia organización: una persona en crisis debe poder ' +
    'hablar con una persona, gratis o a tarifa local.',
  fr:
    "Publiez le numéro fixe, mobile ou gratuit de l'organisation elle-même : une personne en détresse doit " +
    'joindre une personne, gratuitement ou au tarif local.',
};

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
  // Markdown syntax and links (src/lib/rules/markdown.ts).
  'mdx.syntax': {
    rule: 'mdx',
    message: {
      en: 'MDX/JSX syntax is not allowed in contributed content.',
      es: 'No se permite la sintaxis MDX/JSX en el contenido aportado.',
      fr: "La syntaxe MDX/JSX n'est pas autorisée dans le contenu proposé.",
    },
    fix: {
      en: 'Use plain Markdown; contributed files are data, never code.',
      es: 'Usa Markdown sencillo; los archivos aportados son datos, nunca código.',
      fr: 'Utilisez du Markdown simple ; les fichiers proposés sont des données, jamais du code.',
    },
  },
  'link-text-host.link': {
    rule: 'link-text-host',
    message: {
      en: 'The link text shows {text} but the link leads to {host}.',
      es: 'El texto del enlace muestra {text} pero el enlace lleva a {host}.',
      fr: 'Le texte du lien affiche {text} mais le lien mène à {host}.',
    },
    fix: {
      en: 'Write the link text as words (e.g. the title of the page), or as the address the link really leads to.',
      es:
        'Escribe el texto del enlace con palabras (p. ej. el título de la página), o como la dirección a la ' +
        'que lleva realmente el enlace.',
      fr:
        'Écrivez le texte du lien avec des mots (par ex. le titre de la page), ou sous la forme de ' +
        "l'adresse vers laquelle mène réellement le lien.",
    },
  },
  // Chat invites (src/lib/rules/chatInvites.ts), wherever they are found.
  'chat-invite.text': {
    rule: 'chat-invite',
    message: {
      en: 'The text contains a {service} invite link.',
      es: 'El texto contiene un enlace de invitación de {service}.',
      fr: "Le texte contient un lien d'invitation {service}.",
    },
    fix: CHAT_INVITE_FIX,
  },
  'chat-invite.link': {
    rule: 'chat-invite',
    message: {
      en: '{service} invite links are not allowed: {url}',
      es: 'No se permiten enlaces de invitación de {service}: {url}',
      fr: "Les liens d'invitation {service} ne sont pas autorisés : {url}",
    },
    fix: CHAT_INVITE_FIX,
  },
  'chat-invite.address': {
    rule: 'chat-invite',
    message: {
      en: '"{url}" is a {service} invite link.',
      es: '“{url}” es un enlace de invitación de {service}.',
      fr: "« {url} » est un lien d'invitation {service}.",
    },
    fix: CHAT_INVITE_FIX,
  },
  // Invisible and text-direction characters (src/lib/rules/textRules.ts).
  'invisible-character.after': {
    rule: 'invisible-character',
    message: {
      en: 'The text contains {character}, an invisible or text-direction control character, after "{before}".',
      es:
        'El texto contiene {character}, un carácter invisible o de control de la dirección del texto, ' +
        'después de “{before}”.',
      fr:
        'Le texte contient {character}, un caractère invisible ou de contrôle du sens du texte, après ' +
        '« {before} ».',
    },
    fix: HIDDEN_CHARACTER_FIX,
  },
  'invisible-character.start': {
    rule: 'invisible-character',
    message: {
      en: 'The text starts with {character}, an invisible or text-direction control character.',
      es: 'El texto empieza con {character}, un carácter invisible o de control de la dirección del texto.',
      fr: 'Le texte commence par {character}, un caractère invisible ou de contrôle du sens du texte.',
    },
    fix: HIDDEN_CHARACTER_FIX,
  },
  'invisible-character.more': {
    rule: 'invisible-character',
    message: {
      en: 'The text contains {count} more invisible or text-direction control characters.',
      es: 'El texto contiene {count} caracteres invisibles o de control de la dirección del texto más.',
      fr: 'Le texte contient encore {count} caractères invisibles ou de contrôle du sens du texte.',
    },
    fix: HIDDEN_CHARACTER_FIX,
  },
  // Where a web address leads (src/lib/rules/webAddress.ts).
  'look-alike-host.sign': {
    rule: 'look-alike-host',
    message: {
      en:
        '"{url}" leads to {host}: its host name has {codePoint} "{char}", a sign that imitates punctuation ' +
        'of an address (a slash or a dot) but is part of the host name.',
      es:
        '“{url}” lleva a {host}: su nombre de sitio tiene {codePoint} “{char}”, un signo que imita la ' +
        'puntuación de una dirección (una barra o un punto) pero forma parte del nombre del sitio.',
      fr:
        '« {url} » mène à {host} : son nom de site contient {codePoint} « {char} », un signe qui imite la ' +
        "ponctuation d'une adresse (une barre oblique ou un point) mais fait partie du nom du site.",
    },
    fix: REAL_ADDRESS_FIX,
  },
  'look-alike-host.letter': {
    rule: 'look-alike-host',
    message: {
      en:
        '"{url}" leads to {host}: its host name has {codePoint} "{char}", a letter that imitates a plain ' +
        'Latin letter.',
      es:
        '“{url}” lleva a {host}: su nombre de sitio tiene {codePoint} “{char}”, una letra que imita una ' +
        'letra latina normal.',
      fr:
        '« {url} » mène à {host} : son nom de site contient {codePoint} « {char} », une lettre qui imite ' +
        'une lettre latine ordinaire.',
    },
    fix: REAL_ADDRESS_FIX,
  },
  'url-user-info.found': {
    rule: 'url-user-info',
    message: {
      en:
        '"{url}" leads to {host}, not to "{userInfo}": text before an "@" in an address is a user name ' +
        'that hides the real host.',
      es:
        '“{url}” lleva a {host}, no a “{userInfo}”: el texto antes de una “@” en una dirección es un ' +
        'nombre de usuario que oculta el sitio real.',
      fr:
        '« {url} » mène à {host}, pas à « {userInfo} » : le texte avant un « @ » dans une adresse est un ' +
        "nom d'utilisateur qui cache le vrai site.",
    },
    fix: REAL_ADDRESS_FIX,
  },
  'mixed-script-host.found': {
    rule: 'mixed-script-host',
    message: {
      en:
        '"{url}" leads to {host}, a host name that mixes {scripts} and {last} letters and can imitate ' +
        'another address.',
      es:
        '“{url}” lleva a {host}, un nombre de sitio que mezcla letras de escrituras distintas ({scripts} ' +
        'y {last}) y puede imitar otra dirección.',
      fr:
        "« {url} » mène à {host}, un nom de site qui mélange des lettres d'écritures différentes " +
        '({scripts} et {last}) et peut imiter une autre adresse.',
    },
    fix: REAL_ADDRESS_FIX,
  },
  'ip-address-host.found': {
    rule: 'ip-address-host',
    message: {
      en: '"{url}" leads to the IP address {host}, not to a host name.',
      es: '“{url}” lleva a la dirección IP {host}, no a un nombre de sitio.',
      fr: "« {url} » mène à l'adresse IP {host}, pas à un nom de site.",
    },
    fix: REAL_ADDRESS_FIX,
  },
  'url-shortener.found': {
    rule: 'url-shortener',
    message: {
      en:
        '"{url}" goes through the link shortener {host}, which hides where it leads and can be pointed ' +
        'elsewhere after review.',
      es:
        '“{url}” pasa por el acortador de enlaces {host}, que oculta adónde lleva y puede redirigirse a ' +
        'otro sitio después de la revisión.',
      fr:
        '« {url} » passe par le raccourcisseur de liens {host}, qui cache où il mène et peut être redirigé ' +
        'ailleurs après la relecture.',
    },
    fix: {
      en: 'Write the full address of the page the link leads to.',
      es: 'Escribe la dirección completa de la página a la que lleva el enlace.',
      fr: "Écrivez l'adresse complète de la page vers laquelle mène le lien.",
    },
  },
  // An address given as a contact or a source (checkHttpsAddress); the schema reports these.
  'schema.address-hidden-character': {
    rule: 'schema',
    message: {
      en: '"{url}" contains {character}, an invisible or text-direction control character.',
      es: '“{url}” contiene {character}, un carácter invisible o de control de la dirección del texto.',
      fr: '« {url} » contient {character}, un caractère invisible ou de contrôle du sens du texte.',
    },
    fix: {
      en: 'Delete the character: type the address again rather than copying it.',
      es: 'Borra el carácter: vuelve a escribir la dirección en lugar de copiarla.',
      fr: "Supprimez le caractère : retapez l'adresse au lieu de la copier.",
    },
  },
  'schema.address-not-https': {
    rule: 'schema',
    message: {
      en: '"{url}" is not an https: link.',
      es: '“{url}” no es un enlace https:.',
      fr: "« {url} » n'est pas un lien https:.",
    },
    fix: {
      en: 'Use a full address that starts with https://.',
      es: 'Usa una dirección completa que empiece por https://.',
      fr: 'Utilisez une adresse complète qui commence par https://.',
    },
  },
  // Plain text: front matter values, names, any string of a YAML file (src/lib/rules/plainText.ts).
  'angle-bracket.found': {
    rule: 'angle-bracket',
    message: {
      en: '"{text}" contains < or >, which could break out of the page\'s metadata.',
      es: '“{text}” contiene < o >, que podrían salirse de los metadatos de la página.',
      fr: '« {text} » contient < ou >, qui pourraient sortir des métadonnées de la page.',
    },
    fix: {
      en: 'Write "less than" / "more than", or remove the characters.',
      es: 'Escribe “menor que” / “mayor que”, o quita esos caracteres.',
      fr: 'Écrivez « inférieur à » / « supérieur à », ou supprimez ces caractères.',
    },
  },
  'phone-in-prose.text': {
    rule: 'phone-in-prose',
    message: {
      en: 'Phone number in text: "{text}".',
      es: 'Número de teléfono en el texto: “{text}”.',
      fr: 'Numéro de téléphone dans le texte : « {text} ».',
    },
    fix: {
      en: "Remove it. Publish numbers only as an organisation's channel.",
      es: 'Quítalo. Publica los números solo como canal de una organización.',
      fr: "Supprimez-le. Ne publiez les numéros que comme canal d'une organisation.",
    },
  },
  'email-in-prose.text': {
    rule: 'email-in-prose',
    message: {
      en: 'E-mail address in text: "{text}".',
      es: 'Dirección de correo electrónico en el texto: “{text}”.',
      fr: 'Adresse e-mail dans le texte : « {text} ».',
    },
    fix: {
      en: "Remove it. Publish addresses only as an organisation's email channel.",
      es: 'Quítala. Publica las direcciones solo como canal de correo de una organización.',
      fr: "Supprimez-la. Ne publiez les adresses que comme canal e-mail d'une organisation.",
    },
  },
  'street-address.text': {
    rule: 'street-address',
    message: {
      en: 'This looks like a street address: "{text}".',
      es: 'Esto parece una dirección postal: “{text}”.',
      fr: 'Ceci ressemble à une adresse postale : « {text} ».',
    },
    fix: {
      en: 'Name the neighbourhood instead, unless it is a public office that wants to be found.',
      es: 'Menciona el barrio en su lugar, salvo que sea la dirección de una oficina pública que quiere que la encuentren.',
      fr: "Indiquez plutôt le quartier, sauf s'il s'agit d'un bureau public qui veut être trouvé.",
    },
  },
  // Markdown the parser must not be given (src/lib/rules/markdownLimits.ts).
  'markdown-limit.nesting': {
    rule: 'markdown-limit',
    message: {
      en: 'Line {line} nests {count} quotes or lists in one another (at most {max}).',
      es: 'La línea {line} anida {count} citas o listas unas dentro de otras (como máximo {max}).',
      fr: 'La ligne {line} imbrique {count} citations ou listes les unes dans les autres (au plus {max}).',
    },
    fix: {
      en: 'Write the text without so many ">" or list markers at the start of the line.',
      es: 'Escribe el texto sin tantos “>” ni marcadores de lista al principio de la línea.',
      fr: 'Écrivez le texte sans autant de « > » ni de marqueurs de liste en début de ligne.',
    },
  },
  'markdown-limit.containers': {
    rule: 'markdown-limit',
    message: {
      en: 'The text has more than {max} block quotes and list items (the last counted on line {line}).',
      es: 'El texto tiene más de {max} citas y elementos de lista (el último contado en la línea {line}).',
      fr:
        'Le texte compte plus de {max} citations et éléments de liste (le dernier compté à la ligne ' +
        '{line}).',
    },
    fix: {
      en: 'Split the text into several files, or write some lists as paragraphs.',
      es: 'Divide el texto en varios archivos, o escribe algunas listas como párrafos.',
      fr: 'Répartissez le texte dans plusieurs fichiers, ou écrivez certaines listes en paragraphes.',
    },
  },
  'markdown-limit.continuation': {
    rule: 'markdown-limit',
    message: {
      en:
        'The text has more than {max} lines continuing a quote or list item (the last counted on line ' +
        '{line}).',
      es:
        'El texto tiene más de {max} líneas que continúan una cita o un elemento de lista (la última ' +
        'contada en la línea {line}).',
      fr:
        'Le texte compte plus de {max} lignes qui prolongent une citation ou un élément de liste (la ' +
        'dernière comptée à la ligne {line}).',
    },
    fix: {
      en:
        'Start a new paragraph (a blank line) after long quotes and list items, or split the text into ' +
        'several files.',
      es:
        'Empieza un párrafo nuevo (una línea en blanco) tras las citas y los elementos de lista largos, o ' +
        'divide el texto en varios archivos.',
      fr:
        'Commencez un nouveau paragraphe (une ligne vide) après les longues citations et les longs ' +
        'éléments de liste, ou répartissez le texte en plusieurs fichiers.',
    },
  },
  'markdown-limit.setext': {
    rule: 'markdown-limit',
    message: {
      en: 'The text has more than {max} headings underlined with = or - (the last counted on line {line}).',
      es:
        'El texto tiene más de {max} títulos subrayados con = o - (el último contado en la línea ' +
        '{line}).',
      fr:
        'Le texte compte plus de {max} titres soulignés par = ou - (le dernier compté à la ligne ' +
        '{line}).',
    },
    fix: {
      en: 'Write headings with # marks (## Heading), or leave a blank line before a line of = or -.',
      es: 'Escribe los títulos con # (## Título), o deja una línea en blanco antes de una línea de = o -.',
      fr:
        'Écrivez les titres avec des # (## Titre), ou laissez une ligne vide avant une ligne de = ou ' +
        'de -.',
    },
  },
  'markdown-limit.table-rows': {
    rule: 'markdown-limit',
    message: {
      en: 'The text has more than {max} table rows (the last counted on line {line}).',
      es: 'El texto tiene más de {max} filas de tabla (la última contada en la línea {line}).',
      fr: 'Le texte compte plus de {max} lignes de tableau (la dernière comptée à la ligne {line}).',
    },
    fix: {
      en: 'Split long tables into several, or the text into several files.',
      es: 'Divide las tablas largas en varias, o el texto en varios archivos.',
      fr: 'Découpez les longs tableaux en plusieurs, ou le texte en plusieurs fichiers.',
    },
  },
  'markdown-limit.paragraph-lines': {
    rule: 'markdown-limit',
    message: {
      en: 'A paragraph has more than {max} lines (the last counted on line {line}).',
      es: 'Un párrafo tiene más de {max} líneas (la última contada en la línea {line}).',
      fr: 'Un paragraphe compte plus de {max} lignes (la dernière comptée à la ligne {line}).',
    },
    fix: {
      en: 'Leave a blank line between paragraphs, or split the text into several files.',
      es: 'Deja una línea en blanco entre párrafos, o divide el texto en varios archivos.',
      fr: 'Laissez une ligne vide entre les paragraphes, ou répartissez le texte dans plusieurs fichiers.',
    },
  },
  'markdown-limit.admonitions': {
    rule: 'markdown-limit',
    message: {
      en: 'The text has more than {max} admonitions (::: blocks; the last counted on line {line}).',
      es: 'El texto tiene más de {max} avisos (bloques :::; el último contado en la línea {line}).',
      fr: 'Le texte compte plus de {max} encadrés (blocs ::: ; le dernier compté à la ligne {line}).',
    },
    fix: {
      en: 'Split the text into several files, or write some admonitions as paragraphs.',
      es: 'Divide el texto en varios archivos, o escribe algunos avisos como párrafos.',
      fr:
        'Répartissez le texte en plusieurs fichiers, ou écrivez certains encadrés comme des ' +
        'paragraphes.',
    },
  },
  'markdown-limit.admonition-nesting': {
    rule: 'markdown-limit',
    message: {
      en: 'Line {line} nests {count} admonitions (::: blocks) in one another (at most {max}).',
      es: 'La línea {line} anida {count} avisos (bloques :::) unos dentro de otros (como máximo {max}).',
      fr:
        'La ligne {line} imbrique {count} encadrés (blocs :::) les uns dans les autres (au plus ' +
        '{max}).',
    },
    fix: {
      en: 'Close each ::: block (a line of :::) before opening the next.',
      es: 'Cierra cada bloque ::: (una línea con :::) antes de abrir el siguiente.',
      fr: "Fermez chaque bloc ::: (une ligne :::) avant d'ouvrir le suivant.",
    },
  },
  'markdown-limit.paragraph-emphasis': {
    rule: 'markdown-limit',
    message: {
      en: 'The paragraph starting on line {line} has more than {max} emphasis marks (*, _ or ~).',
      es: 'El párrafo que empieza en la línea {line} tiene más de {max} marcas de énfasis (*, _ o ~).',
      fr:
        "Le paragraphe qui commence à la ligne {line} compte plus de {max} marques d'emphase (*, _ " +
        'ou ~).',
    },
    fix: PARAGRAPH_FIX,
  },
  'markdown-limit.paragraph-brackets': {
    rule: 'markdown-limit',
    message: {
      en: 'The paragraph starting on line {line} has more than {max} opening brackets ([).',
      es: 'El párrafo que empieza en la línea {line} tiene más de {max} corchetes de apertura ([).',
      fr: 'Le paragraphe qui commence à la ligne {line} compte plus de {max} crochets ouvrants ([).',
    },
    fix: PARAGRAPH_FIX,
  },
  'markdown-limit.file-emphasis': {
    rule: 'markdown-limit',
    message: {
      en: 'The text has {count} emphasis marks (*, _ or ~); at most {max} are read.',
      es: 'El texto tiene {count} marcas de énfasis (*, _ o ~); se leen como máximo {max}.',
      fr: "Le texte compte {count} marques d'emphase (*, _ ou ~) ; au plus {max} sont lues.",
    },
    fix: {
      en: 'Split the text into several files, or remove marks that are not emphasis.',
      es: 'Divide el texto en varios archivos, o quita las marcas que no sean énfasis.',
      fr:
        'Répartissez le texte dans plusieurs fichiers, ou retirez les marques qui ne sont pas de ' +
        "l'emphase.",
    },
  },
  'markdown-limit.file-brackets': {
    rule: 'markdown-limit',
    message: {
      en: 'The text has {count} opening brackets ([); at most {max} are read.',
      es: 'El texto tiene {count} corchetes de apertura ([); se leen como máximo {max}.',
      fr: 'Le texte compte {count} crochets ouvrants ([) ; au plus {max} sont lus.',
    },
    fix: {
      en: 'Split the text into several files, or remove brackets that are not links.',
      es: 'Divide el texto en varios archivos, o quita los corchetes que no sean enlaces.',
      fr:
        'Répartissez le texte dans plusieurs fichiers, ou retirez les crochets qui ne sont pas des ' +
        'liens.',
    },
  },
  // Directive syntax: only Docusaurus's admonitions in Markdown files, none in an organisation's prose.
  'directive.line': {
    rule: 'directive',
    message: {
      en: 'Line {line} starts with "{directive}", a directive, which contributed text may not use.',
      es: 'La línea {line} empieza con “{directive}”, una directiva, que el texto aportado no puede usar.',
      fr:
        'La ligne {line} commence par « {directive} », une directive, que le texte proposé ne peut pas ' +
        'utiliser.',
    },
    fix: {
      en: 'Remove the line, or write each colon at its start as "\\:" if it is text.',
      es: 'Quita la línea, o escribe cada dos puntos del principio como “\\:” si es texto.',
      fr:
        "Supprimez la ligne, ou écrivez chaque deux-points du début sous la forme « \\: » s'il s'agit " +
        'de texte.',
    },
  },
  'directive.block': {
    rule: 'directive',
    message: {
      en: 'Line {line} opens a "{directive}" block; only these admonitions may be used: {allowed}.',
      es: 'La línea {line} abre un bloque “{directive}”; solo se pueden usar estos avisos: {allowed}.',
      fr: 'La ligne {line} ouvre un bloc « {directive} » ; seuls ces encadrés sont permis : {allowed}.',
    },
    fix: {
      en: 'Use one of those admonitions (e.g. :::note … :::), or remove the ::: lines.',
      es: 'Usa uno de esos avisos (p. ej. :::note … :::), o quita las líneas :::.',
      fr: "Utilisez l'un de ces encadrés (par ex. :::note … :::), ou supprimez les lignes :::.",
    },
  },
  'directive.text': {
    rule: 'directive',
    message: {
      en: 'Line {line} has the directive "{directive}", which this text may not use.',
      es: 'La línea {line} tiene la directiva “{directive}”, que este texto no puede usar.',
      fr: 'La ligne {line} contient la directive « {directive} », que ce texte ne peut pas utiliser.',
    },
    fix: {
      en: 'Write the text without a colon right before a word and a bracket, or write the colon as "\\:".',
      es:
        'Escribe el texto sin dos puntos justo antes de una palabra y un corchete o una llave, o escribe ' +
        'los dos puntos como “\\:”.',
      fr:
        "Écrivez le texte sans deux-points juste avant un mot suivi d'un crochet ou d'une accolade, ou " +
        'écrivez le deux-points sous la forme « \\: ».',
    },
  },
  'directive.attributes': {
    rule: 'directive',
    message: {
      en: 'Line {line} gives a directive attributes in curly brackets, which contributed text may not use.',
      es:
        'La línea {line} da atributos entre llaves a una directiva, algo que el texto aportado no puede ' +
        'usar.',
      fr:
        'La ligne {line} donne des attributs entre accolades à une directive, ce que le texte proposé ne ' +
        'peut pas utiliser.',
    },
    fix: {
      en:
        'Remove the curly brackets after the directive, or write the colon before its name as "\\:" if it ' +
        'is text.',
      es:
        'Quita las llaves que siguen a la directiva, o escribe los dos puntos antes de su nombre como ' +
        '“\\:” si es texto.',
      fr:
        'Supprimez les accolades après la directive, ou écrivez le deux-points avant son nom sous la ' +
        "forme « \\: » s'il s'agit de texte.",
    },
  },
  // Markdown files: front matter and playbook sections (src/lib/markdownFile.ts).
  'front-matter-language.tag': {
    rule: 'front-matter-language',
    message: {
      en:
        'Front matter must open with a bare "---", not "---{tag}" (a language tag makes the build run it ' +
        'as code).',
      es:
        'El encabezado de metadatos (front matter) debe abrirse con “---” solo, no con “---{tag}” (una ' +
        'etiqueta de lenguaje hace que la compilación lo ejecute como código).',
      fr:
        "L'en-tête (front matter) doit s'ouvrir par « --- » seul, pas par « ---{tag} » (une étiquette de " +
        'langage fait exécuter son contenu comme du code à la compilation).',
    },
    fix: {
      en: 'Write the first line as --- and the front matter as YAML.',
      es: 'Escribe la primera línea como --- y el encabezado de metadatos en YAML.',
      fr: "Écrivez la première ligne sous la forme --- et l'en-tête en YAML.",
    },
  },
  'mdx-front-matter.key': {
    rule: 'mdx-front-matter',
    message: {
      en: 'The "mdx" front matter key is not allowed: it would turn MDX (code) back on for this file.',
      es:
        'No se permite la clave “mdx” en el encabezado de metadatos: volvería a activar MDX (código) para ' +
        'este archivo.',
      fr: "La clé « mdx » n'est pas autorisée dans l'en-tête : elle réactiverait MDX (du code) pour ce fichier.",
    },
    fix: {
      en: 'Remove the mdx key.',
      es: 'Quita la clave mdx.',
      fr: 'Supprimez la clé mdx.',
    },
  },
  'translation-front-matter.key': {
    rule: 'translation-front-matter',
    message: {
      en:
        '"{key}" is not translated: a translation inherits it from the English original, so the fact ' +
        'exists in one place.',
      es:
        '“{key}” no se traduce: una traducción lo hereda del original en inglés, para que el dato esté en ' +
        'un solo lugar.',
      fr:
        "« {key} » ne se traduit pas : une traduction en hérite de l'original anglais, pour que " +
        "l'information n'existe qu'à un seul endroit.",
    },
    fix: {
      en:
        "Remove {key} here (change it in the original if it is wrong). A translation's front matter holds " +
        'only {keys}.',
      es:
        'Quita {key} aquí (cámbialo en el original si está mal). El encabezado de metadatos de una ' +
        'traducción solo lleva {keys}.',
      fr:
        "Supprimez {key} ici (corrigez-le dans l'original s'il est faux). L'en-tête d'une traduction ne " +
        'contient que {keys}.',
    },
  },
  'topic-folder.first': {
    rule: 'topic-folder',
    message: {
      en: 'The first topic is "{topic}", but the file is in the "{folder}" folder.',
      es: 'El primer tema es “{topic}”, pero el archivo está en la carpeta “{folder}”.',
      fr: 'Le premier thème est « {topic} », mais le fichier est dans le dossier « {folder} ».',
    },
    fix: {
      en: 'Put "{folder}" first in topics, or move the file to docs/playbooks/{topic}/.',
      es: 'Pon “{folder}” primero en topics, o mueve el archivo a docs/playbooks/{topic}/.',
      fr: 'Mettez « {folder} » en premier dans topics, ou déplacez le fichier dans docs/playbooks/{topic}/.',
    },
  },
  'schema.translation-without-front-matter': {
    rule: 'schema',
    message: {
      en: 'The translation has no front matter.',
      es: 'La traducción no tiene encabezado de metadatos (front matter).',
      fr: "La traduction n'a pas d'en-tête (front matter).",
    },
    fix: {
      en:
        'Start the file with title, translation_of and translated_from_revision (see ' +
        'docs/guides/translating.md).',
      es:
        'Empieza el archivo con title, translation_of y translated_from_revision (consulta ' +
        'docs/guides/translating.md).',
      fr:
        'Commencez le fichier par title, translation_of et translated_from_revision (voir ' +
        'docs/guides/translating.md).',
    },
  },
  'schema.playbook-without-front-matter': {
    rule: 'schema',
    message: {
      en: 'The playbook has no front matter.',
      es: 'El manual no tiene encabezado de metadatos (front matter).',
      fr: "La fiche pratique n'a pas d'en-tête (front matter).",
    },
    fix: {
      en: 'Start the file with the front matter block from templates/playbook.md.',
      es: 'Empieza el archivo con el bloque de metadatos de templates/playbook.md.',
      fr: "Commencez le fichier par le bloc d'en-tête de templates/playbook.md.",
    },
  },
  'playbook-sections.h1': {
    rule: 'playbook-sections',
    message: {
      en: 'A playbook must not have a "#" heading; the title comes from the front matter.',
      es:
        'Un manual no debe tener un encabezado “#”; el título viene del encabezado de metadatos (front ' +
        'matter).',
      fr:
        "Une fiche pratique ne doit pas avoir de titre « # » ; le titre vient de l'en-tête (front " +
        'matter).',
    },
    fix: {
      en: 'Remove the line, or make it a "##"/"###" heading inside a section.',
      es: 'Quita la línea o conviértela en un encabezado “##”/“###” dentro de una sección.',
      fr: "Supprimez la ligne, ou faites-en un titre « ## »/« ### » à l'intérieur d'une section.",
    },
  },
  'playbook-sections.unknown': {
    rule: 'playbook-sections',
    message: {
      en: '"## {heading}" is not one of the playbook sections.',
      es: '“## {heading}” no es una de las secciones del manual.',
      fr: "« ## {heading} » n'est pas une des sections de la fiche pratique.",
    },
    fix: {
      en: 'Use the sections {expected}; make this a "###" heading inside one of them.',
      es: 'Usa las secciones {expected}; conviértelo en un encabezado “###” dentro de una de ellas.',
      fr:
        "Utilisez les sections {expected} ; faites de celui-ci un titre « ### » à l'intérieur de l'une " +
        "d'elles.",
    },
  },
  'playbook-sections.twice': {
    rule: 'playbook-sections',
    message: {
      en: '"## {heading}" appears twice.',
      es: '“## {heading}” aparece dos veces.',
      fr: '« ## {heading} » apparaît deux fois.',
    },
    fix: {
      en: 'Merge the two sections into one.',
      es: 'Une las dos secciones en una.',
      fr: 'Fusionnez les deux sections en une seule.',
    },
  },
  'playbook-sections.order': {
    rule: 'playbook-sections',
    message: {
      en: '"## {heading}" is out of order.',
      es: '“## {heading}” está fuera de orden.',
      fr: "« ## {heading} » n'est pas à sa place.",
    },
    fix: {
      en: 'Put the sections in this order: {expected}.',
      es: 'Pon las secciones en este orden: {expected}.',
      fr: 'Placez les sections dans cet ordre : {expected}.',
    },
  },
  'playbook-sections.missing': {
    rule: 'playbook-sections',
    message: {
      en: 'The required section "## {heading}" is missing.',
      es: 'Falta la sección obligatoria “## {heading}”.',
      fr: 'La section obligatoire « ## {heading} » manque.',
    },
    fix: {
      en:
        'Add "## {heading}". Every playbook has these sections, in this order, so cities can be compared ' +
        'section by section: {expected} (Sources is optional).',
      es:
        'Añade “## {heading}”. Todos los manuales tienen estas secciones, en este orden, para poder ' +
        'comparar las ciudades sección por sección: {expected} (Sources es opcional).',
      fr:
        'Ajoutez « ## {heading} ». Chaque fiche pratique a ces sections, dans cet ordre, pour que les ' +
        'villes puissent être comparées section par section : {expected} (Sources est facultative).',
    },
  },
  // Directory phone numbers (src/lib/rules/phone.ts); the organisation schema reports these.
  'schema.phone-e164': {
    rule: 'schema',
    message: {
      en: '"{value}" is not in E.164 form.',
      es: '“{value}” no está en formato E.164.',
      fr: "« {value} » n'est pas au format E.164.",
    },
    fix: {
      en: 'Write the number as + country code and number with no spaces or dashes, e.g. +16125550142.',
      es: 'Escribe el número con + y el código de país, sin espacios ni guiones, p. ej. +16125550142.',
      fr:
        "Écrivez le numéro avec + et l'indicatif du pays, sans espaces ni tirets, par ex. " +
        '+16125550142.',
    },
  },
  'schema.phone-invalid': {
    rule: 'schema',
    message: {
      en: '"{value}" is not a valid phone number.',
      es: '“{value}” no es un número de teléfono válido.',
      fr: "« {value} » n'est pas un numéro de téléphone valide.",
    },
    fix: {
      en: 'Check the country code, area code and number of digits.',
      es: 'Revisa el código de país, el código de área y la cantidad de cifras.',
      fr: "Vérifiez l'indicatif du pays, l'indicatif régional et le nombre de chiffres.",
    },
  },
  'schema.phone-international-network': {
    rule: 'schema',
    message: {
      en:
        '"{value}" is on an international network (+882, +883), which most phone companies bill at ' +
        'satellite rates or block.',
      es:
        '“{value}” pertenece a una red internacional (+882, +883), que la mayoría de las compañías ' +
        'telefónicas cobran a tarifa satelital o bloquean.',
      fr:
        '« {value} » appartient à un réseau international (+882, +883), que la plupart des opérateurs ' +
        'facturent au tarif satellite ou bloquent.',
    },
    fix: PHONE_LINE_FIX,
  },
  'schema.phone-premium-rate': {
    rule: 'schema',
    message: {
      en: '"{value}" is a premium-rate number; callers would be charged.',
      es: '“{value}” es un número de tarifa especial; a quien llame se le cobraría la llamada.',
      fr:
        '« {value} » est un numéro surtaxé ; les appels seraient facturés aux personnes qui ' +
        'appellent.',
    },
    fix: PHONE_COST_FIX,
  },
  'schema.phone-shared-cost': {
    rule: 'schema',
    message: {
      en: '"{value}" is a shared-cost number; callers would be charged.',
      es: '“{value}” es un número de costo compartido; a quien llame se le cobraría la llamada.',
      fr:
        '« {value} » est un numéro à coût partagé ; les appels seraient facturés aux personnes qui ' +
        'appellent.',
    },
    fix: PHONE_COST_FIX,
  },
  'schema.phone-satellite': {
    rule: 'schema',
    message: {
      en:
        '"{value}" is a satellite phone number (+870 Inmarsat, +881 global satellite systems); a call to ' +
        'it costs several dollars a minute, and many phone plans block it.',
      es:
        '“{value}” es un número de teléfono satelital (+870 Inmarsat, +881 sistemas satelitales ' +
        'globales); llamarlo cuesta varios dólares por minuto y muchos planes telefónicos lo bloquean.',
      fr:
        '« {value} » est un numéro de téléphone satellite (+870 Inmarsat, +881 systèmes satellitaires ' +
        "mondiaux) ; l'appeler coûte plusieurs dollars la minute, et de nombreux forfaits le bloquent.",
    },
    fix: PHONE_LINE_FIX,
  },
  'schema.phone-personal': {
    rule: 'schema',
    message: {
      en:
        '"{value}" is a personal number (such as the UK\'s 070 or North America\'s 500 and 533): it ' +
        'follows one person from phone to phone, and callers may pay a high rate.',
      es:
        '“{value}” es un número personal (como el 070 del Reino Unido o el 500 y el 533 de ' +
        'Norteamérica): sigue a una persona de un teléfono a otro, y a quien llame se le puede cobrar ' +
        'una tarifa alta.',
      fr:
        '« {value} » est un numéro personnel (comme le 070 au Royaume-Uni ou les 500 et 533 en Amérique ' +
        "du Nord) : il suit une personne d'un téléphone à l'autre, et l'appel peut être facturé cher.",
    },
    fix: PHONE_LINE_FIX,
  },
  'schema.phone-pager': {
    rule: 'schema',
    message: {
      en: '"{value}" is a pager number: a caller cannot talk to anyone on it.',
      es: '“{value}” es un número de buscapersonas: quien llame no puede hablar con nadie.',
      fr: '« {value} » est un numéro de radiomessagerie : on ne peut y parler à personne.',
    },
    fix: PHONE_LINE_FIX,
  },
  'schema.phone-voicemail': {
    rule: 'schema',
    message: {
      en: '"{value}" is a voicemail access number: a caller reaches a mailbox, not a person.',
      es:
        '“{value}” es un número de acceso a buzón de voz: quien llame llega a un buzón, no a una ' +
        'persona.',
      fr:
        "« {value} » est un numéro d'accès à une messagerie vocale : on tombe sur une boîte vocale, " +
        'pas sur une personne.',
    },
    fix: PHONE_LINE_FIX,
  },
  'schema.phone-uan': {
    rule: 'schema',
    message: {
      en:
        '"{value}" is a universal access number (such as the UK\'s 055), which many phone plans bill ' +
        'above a local call.',
      es:
        '“{value}” es un número de acceso universal (como el 055 del Reino Unido), que muchos planes ' +
        'telefónicos cobran por encima de una llamada local.',
      fr:
        "« {value} » est un numéro d'accès universel (comme le 055 au Royaume-Uni), que de nombreux " +
        "forfaits facturent plus cher qu'un appel local.",
    },
    fix: PHONE_LINE_FIX,
  },
  // A built page's elements and addresses (src/lib/security/elementRules.ts, urlPolicy.ts). An address's
  // problem starts with {subject}, what the address is (the attribute and its value, or the quoted address).
} satisfies Record<string, CatalogueEntry>;
