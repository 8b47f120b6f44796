import type {CatalogueEntry} from './entry';

/**
 * Problem texts of reading a contributed file: directory entries and their schema (every kind of zod issue, and
 * each message of our own schemas), YAML and JSON sources, collections, translations, site links and tombstones
 * (src/lib/directoryEntry.ts, src/lib/schema, src/lib/yamlSource.ts, src/lib/jsonSource.ts…).
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts). A schema message that names its field first starts
 * with `"{field}" `: the schema's own zod message is the rest (schema/common.ts, `issue`).
 */
export const FILE_TEXTS = {
  'schema.not-a-map': {
    rule: 'schema',
    message: {
      en: 'The file is not a YAML map of fields.',
      es: 'El archivo no es un mapa YAML de campos.',
      fr: "Le fichier n'est pas une table YAML de champs.",
    },
    fix: {
      en: 'Start from templates/{template}.yml.',
      es: 'Parte de templates/{template}.yml.',
      fr: 'Partez de templates/{template}.yml.',
    },
  },
  'schema.missing': {
    rule: 'schema',
    message: {
      en: '"{field}" is missing.',
      es: 'Falta el campo “{field}”.',
      fr: 'Le champ « {field} » est manquant.',
    },
    fix: {
      en: 'Add "{key}" ({expected}); see the template in templates/.',
      es: 'Añade “{key}” ({expected}); consulta la plantilla en templates/.',
      fr: 'Ajoutez « {key} » ({expected}) ; voyez le modèle dans templates/.',
    },
  },
  'schema.missing-choice': {
    rule: 'schema',
    message: {
      en: '"{field}" is missing.',
      es: 'Falta el campo “{field}”.',
      fr: 'Le champ « {field} » est manquant.',
    },
    fix: {
      en: 'Add "{key}" (one of {values}); see the template in templates/.',
      es: 'Añade “{key}” (uno de estos valores: {values}); consulta la plantilla en templates/.',
      fr: "Ajoutez « {key} » (l'une de ces valeurs : {values}) ; voyez le modèle dans templates/.",
    },
  },
  'schema.not-string': {
    rule: 'schema',
    message: {
      en: '"{field}" should be a string but is {actual}.',
      es: 'El campo “{field}” debe ser un texto, pero es {actual}.',
      fr: 'Le champ « {field} » doit être un texte, mais vaut {actual}.',
    },
    fix: {
      en: 'Write it as a string.',
      es: 'Escríbelo como texto.',
      fr: 'Écrivez-le sous forme de texte.',
    },
  },
  'schema.not-number': {
    rule: 'schema',
    message: {
      en: '"{field}" should be a number but is {actual}.',
      es: 'El campo “{field}” debe ser un número, pero es {actual}.',
      fr: 'Le champ « {field} » doit être un nombre, mais vaut {actual}.',
    },
    fix: {
      en: 'Write it as a number.',
      es: 'Escríbelo como número.',
      fr: 'Écrivez-le sous forme de nombre.',
    },
  },
  'schema.not-int': {
    rule: 'schema',
    message: {
      en: '"{field}" should be an int but is {actual}.',
      es: 'El campo “{field}” debe ser un número entero, pero es {actual}.',
      fr: 'Le champ « {field} » doit être un nombre entier, mais vaut {actual}.',
    },
    fix: {
      en: 'Write it as an int.',
      es: 'Escríbelo como número entero.',
      fr: 'Écrivez-le sous forme de nombre entier.',
    },
  },
  'schema.not-boolean': {
    rule: 'schema',
    message: {
      en: '"{field}" should be a boolean but is {actual}.',
      es: 'El campo “{field}” debe ser true o false, pero es {actual}.',
      fr: 'Le champ « {field} » doit valoir true ou false, mais vaut {actual}.',
    },
    fix: {en: 'Write it as a boolean.', es: 'Escribe true o false.', fr: 'Écrivez true ou false.'},
  },
  'schema.not-array': {
    rule: 'schema',
    message: {
      en: '"{field}" should be an array but is {actual}.',
      es: 'El campo “{field}” debe ser una lista, pero es {actual}.',
      fr: 'Le champ « {field} » doit être une liste, mais vaut {actual}.',
    },
    fix: {
      en: 'Write it as an array, e.g. [a, b].',
      es: 'Escríbelo como lista, p. ej. [a, b].',
      fr: 'Écrivez-le sous forme de liste, par ex. [a, b].',
    },
  },
  'schema.not-object': {
    rule: 'schema',
    message: {
      en: '"{field}" should be an object but is {actual}.',
      es: 'El campo “{field}” debe ser un mapa de claves y valores, pero es {actual}.',
      fr: 'Le champ « {field} » doit être une table de clés et de valeurs, mais vaut {actual}.',
    },
    fix: {
      en: 'Write it as an object.',
      es: 'Escríbelo como un mapa de claves y valores.',
      fr: 'Écrivez-le sous forme de table de clés et de valeurs.',
    },
  },
  'schema.wrong-type': {
    rule: 'schema',
    message: {
      en: '"{field}" should be {expected} but is {actual}.',
      es: 'El campo “{field}” debe ser de tipo {expected}, pero es {actual}.',
      fr: 'Le champ « {field} » doit être de type {expected}, mais vaut {actual}.',
    },
    fix: {
      en: 'Write it as {expected}.',
      es: 'Escríbelo con el tipo {expected}.',
      fr: 'Écrivez-le avec le type {expected}.',
    },
  },
  'schema.file-wrong-type': {
    rule: 'schema',
    message: {
      en: 'The file should be {expected} but is {actual}.',
      es: 'El archivo debe ser de tipo {expected}, pero es {actual}.',
      fr: 'Le fichier doit être de type {expected}, mais vaut {actual}.',
    },
    fix: {
      en: 'Write it as {expected}.',
      es: 'Escríbelo con el tipo {expected}.',
      fr: 'Écrivez-le avec le type {expected}.',
    },
  },
  'schema.not-allowed': {
    rule: 'schema',
    message: {
      en: '"{field}" has a value that is not allowed.',
      es: 'El campo “{field}” tiene un valor que no está permitido.',
      fr: "Le champ « {field} » a une valeur qui n'est pas autorisée.",
    },
    fix: {
      en: 'Use one of: {values}.',
      es: 'Usa uno de estos valores: {values}.',
      fr: "Utilisez l'une de ces valeurs : {values}.",
    },
  },
  'schema.unknown-key': {
    rule: 'schema',
    message: {
      en: '"{field}" has unknown key {keys}.',
      es: 'El campo “{field}” tiene una clave desconocida: {keys}.',
      fr: 'Le champ « {field} » a une clé inconnue : {keys}.',
    },
    fix: {
      en: 'Remove it or check its spelling against the template in templates/.',
      es: 'Quítala o compara cómo se escribe con la plantilla en templates/.',
      fr: "Supprimez-la ou vérifiez son orthographe d'après le modèle dans templates/.",
    },
  },
  'schema.unknown-keys': {
    rule: 'schema',
    message: {
      en: '"{field}" has unknown keys {keys}.',
      es: 'El campo “{field}” tiene claves desconocidas: {keys}.',
      fr: 'Le champ « {field} » a des clés inconnues : {keys}.',
    },
    fix: {
      en: 'Remove it or check its spelling against the template in templates/.',
      es: 'Quítala o compara cómo se escribe con la plantilla en templates/.',
      fr: "Supprimez-la ou vérifiez son orthographe d'après le modèle dans templates/.",
    },
  },
  'schema.file-unknown-key': {
    rule: 'schema',
    message: {
      en: 'The file has unknown key {keys}.',
      es: 'El archivo tiene una clave desconocida: {keys}.',
      fr: 'Le fichier a une clé inconnue : {keys}.',
    },
    fix: {
      en: 'Remove it or check its spelling against the template in templates/.',
      es: 'Quítala o compara cómo se escribe con la plantilla en templates/.',
      fr: "Supprimez-la ou vérifiez son orthographe d'après le modèle dans templates/.",
    },
  },
  'schema.file-unknown-keys': {
    rule: 'schema',
    message: {
      en: 'The file has unknown keys {keys}.',
      es: 'El archivo tiene claves desconocidas: {keys}.',
      fr: 'Le fichier a des clés inconnues : {keys}.',
    },
    fix: {
      en: 'Remove it or check its spelling against the template in templates/.',
      es: 'Quítalas o compara cómo se escriben con la plantilla en templates/.',
      fr: "Supprimez-les ou vérifiez leur orthographe d'après le modèle dans templates/.",
    },
  },
  'schema.unknown-keys-listed': {
    rule: 'schema',
    message: {
      en: '"{field}" has unknown keys.',
      es: 'El campo “{field}” tiene claves desconocidas.',
      fr: 'Le champ « {field} » a des clés inconnues.',
    },
    fix: {
      en: 'Remove it, or check its spelling: {what} takes only {keys}.',
      es: 'Quítala o revisa cómo se escribe: aquí ({what}) solo se admiten {keys}.',
      fr: 'Supprimez-la, ou vérifiez son orthographe : ici ({what}), seules les clés {keys} sont admises.',
    },
  },
  'schema.unknown-key-listed': {
    rule: 'schema',
    message: {
      en: '"{key}" is not an allowed key here.',
      es: '“{key}” no es una clave permitida aquí.',
      fr: "« {key} » n'est pas une clé autorisée ici.",
    },
    fix: {
      en: 'Remove it, or check its spelling: {what} takes only {keys}.',
      es: 'Quítala o revisa cómo se escribe: aquí ({what}) solo se admiten {keys}.',
      fr: 'Supprimez-la, ou vérifiez son orthographe : ici ({what}), seules les clés {keys} sont admises.',
    },
  },
  'schema.unknown-key-unlisted': {
    rule: 'schema',
    message: {
      en: '"{key}" is not an allowed key here.',
      es: '“{key}” no es una clave permitida aquí.',
      fr: "« {key} » n'est pas une clé autorisée ici.",
    },
    fix: {
      en: 'Remove it, or check its spelling.',
      es: 'Quítala o revisa cómo se escribe.',
      fr: 'Supprimez-la, ou vérifiez son orthographe.',
    },
  },
  'schema.empty': {
    rule: 'schema',
    message: {
      en: '"{field}" is empty.',
      es: 'El campo “{field}” está vacío.',
      fr: 'Le champ « {field} » est vide.',
    },
    fix: {
      en: 'Write a value, or remove the key if it is optional.',
      es: 'Escribe un valor o, si es opcional, quita la clave.',
      fr: 'Saisissez une valeur ou, si elle est facultative, supprimez la clé.',
    },
  },
  'schema.too-small': {
    rule: 'schema',
    message: {
      en: '"{field}" is too small (minimum {minimum}).',
      es: 'El campo “{field}” es demasiado pequeño (mínimo {minimum}).',
      fr: 'La valeur du champ « {field} » est trop petite (minimum {minimum}).',
    },
    fix: {
      en: 'Use a number of at least {minimum}.',
      es: 'Usa un número igual o mayor que {minimum}.',
      fr: 'Indiquez un nombre supérieur ou égal à {minimum}.',
    },
  },
  'schema.too-few-item': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least {minimum} item.',
      es: 'El campo “{field}” necesita al menos {minimum} elemento.',
      fr: 'Le champ « {field} » doit contenir au moins {minimum} élément.',
    },
    fix: {
      en: 'Add the missing items.',
      es: 'Añade los elementos que faltan.',
      fr: 'Ajoutez les éléments manquants.',
    },
  },
  'schema.too-few-items': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least {minimum} items.',
      es: 'El campo “{field}” necesita al menos {minimum} elementos.',
      fr: 'Le champ « {field} » doit contenir au moins {minimum} éléments.',
    },
    fix: {
      en: 'Add the missing items.',
      es: 'Añade los elementos que faltan.',
      fr: 'Ajoutez les éléments manquants.',
    },
  },
  'schema.too-long': {
    rule: 'schema',
    message: {
      en: '"{field}" is too long (maximum {maximum}).',
      es: 'El campo “{field}” es demasiado largo (máximo {maximum}).',
      fr: 'Le champ « {field} » est trop long (maximum {maximum}).',
    },
    fix: {
      en: 'Keep it within {maximum}.',
      es: 'No pases de {maximum}.',
      fr: 'Ne dépassez pas {maximum}.',
    },
  },
  'schema.too-large': {
    rule: 'schema',
    message: {
      en: '"{field}" is too large (maximum {maximum}).',
      es: 'El campo “{field}” es demasiado grande (máximo {maximum}).',
      fr: 'La valeur du champ « {field} » est trop grande (maximum {maximum}).',
    },
    fix: {
      en: 'Keep it within {maximum}.',
      es: 'No pases de {maximum}.',
      fr: 'Ne dépassez pas {maximum}.',
    },
  },
  'schema.bad-format': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a valid {format}.',
      es: 'El campo “{field}” no tiene un formato {format} válido.',
      fr: "Le champ « {field} » n'a pas un format {format} valide.",
    },
    fix: {
      en: 'Check the format against the template in templates/.',
      es: 'Compara el formato con la plantilla en templates/.',
      fr: "Vérifiez le format d'après le modèle dans templates/.",
    },
  },
  'schema.invalid': {
    rule: 'schema',
    message: {
      en: '"{field}" {detail}',
      es: 'El campo “{field}” no es válido: {detail}',
      fr: "Le champ « {field} » n'est pas valide : {detail}",
    },
    fix: {
      en: 'Compare with the template in templates/.',
      es: 'Compáralo con la plantilla en templates/.',
      fr: 'Comparez avec le modèle dans templates/.',
    },
  },
  'schema.too-long-text': {
    rule: 'schema',
    message: {
      en: '"{field}" is longer than {max} characters.',
      es: 'El campo “{field}” tiene más de {max} caracteres.',
      fr: 'Le champ « {field} » dépasse {max} caractères.',
    },
    fix: {
      en: 'Shorten it to {max} characters or fewer.',
      es: 'Acórtalo a {max} caracteres o menos.',
      fr: 'Raccourcissez-le à {max} caractères au plus.',
    },
  },
  'schema.description-too-long': {
    rule: 'schema',
    message: {
      en: '"{field}" is longer than {max} characters.',
      es: 'El campo “{field}” tiene más de {max} caracteres.',
      fr: 'Le champ « {field} » dépasse {max} caractères.',
    },
    fix: {
      en: 'Keep the description to one sentence.',
      es: 'Limita la descripción a una frase.',
      fr: 'Limitez la description à une phrase.',
    },
  },
  'schema.formula': {
    rule: 'schema',
    message: {
      en: '"{field}" starts like a spreadsheet formula (=, @, or + or - before a letter), which runs when a researcher opens the open-data CSV.',
      es: 'El campo “{field}” empieza como una fórmula de hoja de cálculo (=, @, o + o - antes de una letra), que se ejecutaría cuando alguien que investiga abra el CSV de datos abiertos.',
      fr: "Le champ « {field} » commence comme une formule de tableur (=, @, ou + ou - devant une lettre), qui s'exécuterait quand un chercheur ouvre le CSV des données ouvertes.",
    },
    fix: {
      en: 'Start the text with a letter, a digit or a quotation mark.',
      es: 'Empieza el texto con una letra, una cifra o unas comillas.',
      fr: 'Commencez le texte par une lettre, un chiffre ou un guillemet.',
    },
  },
  'schema.not-slug': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a valid slug.',
      es: 'El campo “{field}” no es un identificador (slug) válido.',
      fr: "Le champ « {field} » n'est pas un identifiant (slug) valide.",
    },
    fix: {
      en: 'Use lowercase letters, digits and hyphens, e.g. northside-rapid-response.',
      es: 'Usa minúsculas, cifras y guiones, p. ej. northside-rapid-response.',
      fr: "Utilisez des lettres minuscules, des chiffres et des traits d'union, par ex. northside-rapid-response.",
    },
  },
  'schema.not-date': {
    rule: 'schema',
    message: {
      en: '"{field}" is not an ISO 8601 date.',
      es: 'El campo “{field}” no es una fecha ISO 8601.',
      fr: "Le champ « {field} » n'est pas une date ISO 8601.",
    },
    fix: {
      en: 'Write the date as YYYY-MM-DD, e.g. 2026-10-02.',
      es: 'Escribe la fecha como AAAA-MM-DD, p. ej. 2026-10-02.',
      fr: 'Écrivez la date sous la forme AAAA-MM-JJ, par ex. 2026-10-02.',
    },
  },
  'schema.not-language-tag': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a BCP-47 language tag.',
      es: 'El campo “{field}” no es una etiqueta de idioma BCP-47.',
      fr: "Le champ « {field} » n'est pas une étiquette de langue BCP-47.",
    },
    fix: {
      en: 'Use a lowercase language code such as es, so, hmn or kar (add a region only if it matters, e.g. es-MX).',
      es: 'Usa un código de idioma en minúsculas como es, so, hmn o kar (añade una región solo si importa, p. ej. es-MX).',
      fr: "Utilisez un code de langue en minuscules comme es, so, hmn ou kar (n'ajoutez une région que si elle compte, par ex. es-MX).",
    },
  },
  'schema.not-github-handle': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a GitHub user or team.',
      es: 'El campo “{field}” no es un usuario ni un equipo de GitHub.',
      fr: "Le champ « {field} » n'est ni un utilisateur ni une équipe GitHub.",
    },
    fix: {
      en: 'Write @username or @organisation/team-name.',
      es: 'Escribe @usuario o @organizacion/nombre-del-equipo.',
      fr: 'Écrivez @utilisateur ou @organisation/nom-de-l-equipe.',
    },
  },
  'schema.not-https': {
    rule: 'schema',
    message: {
      en: '"{field}" is not an https: link.',
      es: 'El campo “{field}” no es un enlace https:.',
      fr: "Le champ « {field} » n'est pas un lien https:.",
    },
    fix: {
      en: 'Use a full address that starts with https://.',
      es: 'Usa una dirección completa que empiece por https://.',
      fr: 'Utilisez une adresse complète qui commence par https://.',
    },
  },
  'schema.extension-not-quoted': {
    rule: 'schema',
    message: {
      en: '"{field}" must be written in quotes.',
      es: 'El campo “{field}” debe ir entre comillas.',
      fr: 'Le champ « {field} » doit être écrit entre guillemets.',
    },
    fix: {
      en: 'Quote the digits so that leading zeros are kept, e.g. extension: "0204".',
      es: 'Pon las cifras entre comillas para que se conserven los ceros iniciales, p. ej. extension: "0204".',
      fr: 'Mettez les chiffres entre guillemets pour garder les zéros de tête, par ex. extension: "0204".',
    },
  },
  'schema.not-extension': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a phone extension.',
      es: 'El campo “{field}” no es una extensión telefónica.',
      fr: "Le champ « {field} » n'est pas un numéro de poste.",
    },
    fix: {
      en: 'Write the extension digits only, e.g. "204" (the page shows "ext. 204").',
      es: 'Escribe solo las cifras de la extensión, p. ej. "204" (la página muestra "ext. 204").',
      fr: 'Écrivez seulement les chiffres du poste, par ex. "204" (la page affiche « ext. 204 »).',
    },
  },
  'schema.hours': {
    rule: 'schema',
    message: {
      en: '"{field}" is not valid OpenStreetMap opening_hours ({detail}).',
      es: 'El campo “{field}” no es un valor opening_hours de OpenStreetMap válido ({detail}).',
      fr: "Le champ « {field} » n'est pas une valeur opening_hours d'OpenStreetMap valide ({detail}).",
    },
    fix: {
      en: 'Use the opening_hours syntax, e.g. "Mo-Fr 09:00-17:00; Sa 10:00-14:00" or "24/7".',
      es: 'Usa la sintaxis opening_hours, p. ej. “Mo-Fr 09:00-17:00; Sa 10:00-14:00” o “24/7”.',
      fr: 'Utilisez la syntaxe opening_hours, par ex. « Mo-Fr 09:00-17:00; Sa 10:00-14:00 » ou « 24/7 ».',
    },
  },
  'schema.international-not-phone': {
    rule: 'schema',
    message: {
      en: '"{field}" is only for phone and hotline channels.',
      es: 'El campo “{field}” es solo para canales de teléfono y de línea de ayuda.',
      fr: 'Le champ « {field} » ne concerne que les canaux de téléphone et de ligne d’aide.',
    },
    fix: {
      en: 'Remove it: only a phone number can be an international call.',
      es: 'Quítalo: solo un número de teléfono puede ser una llamada internacional.',
      fr: 'Retirez-le : seul un numéro de téléphone peut être un appel international.',
    },
  },
  'schema.extension-not-phone': {
    rule: 'schema',
    message: {
      en: '"{field}" is set on a {kind} channel; only phone numbers have extensions.',
      es: 'El campo “{field}” está en un canal de tipo {kind}; solo los números de teléfono tienen extensión.',
      fr: 'Le champ « {field} » est sur un canal de type {kind} ; seuls les numéros de téléphone ont un poste.',
    },
    fix: {
      en: 'Remove extension, or change kind to phone or hotline.',
      es: 'Quita extension, o cambia kind a phone o hotline.',
      fr: 'Supprimez extension, ou remplacez kind par phone ou hotline.',
    },
  },
  'schema.channel-hidden': {
    rule: 'schema',
    message: {
      en: '"{value}" contains {character}, an invisible or text-direction control character.',
      es: '“{value}” contiene {character}, un carácter invisible o de control de la dirección del texto.',
      fr: '« {value} » contient {character}, un caractère invisible ou de contrôle du sens du texte.',
    },
    fix: {
      en: 'Delete the character: type the contact again rather than copying it.',
      es: 'Borra el carácter: vuelve a escribir el contacto en lugar de copiarlo.',
      fr: 'Supprimez le caractère : retapez le contact au lieu de le copier.',
    },
  },
  'schema.not-email': {
    rule: 'schema',
    message: {
      en: '"{value}" is not an e-mail address.',
      es: '“{value}” no es una dirección de correo electrónico.',
      fr: "« {value} » n'est pas une adresse e-mail.",
    },
    fix: {
      en: 'Write an address like contact@your-organisation.org.',
      es: 'Escribe una dirección como contacto@tu-organizacion.example.org.',
      fr: 'Écrivez une adresse comme contact@votre-organisation.example.org.',
    },
  },
  'schema.email-mixed-script': {
    rule: 'schema',
    message: {
      en: '"{value}" is at {host}, a host name that mixes {scripts} letters and can imitate another address.',
      es: '“{value}” está en {host}, un nombre de sitio que mezcla letras de escrituras distintas ({scripts}) y puede imitar otra dirección.',
      fr: '« {value} » est chez {host}, un nom de site qui mélange des lettres d’écritures différentes ({scripts}) et peut imiter une autre adresse.',
    },
    fix: {
      en: 'Write the address as the organisation publishes it: https:// followed directly by its own host name, typed rather than copied from a message.',
      es: 'Escribe la dirección tal como la publica la organización: https:// seguido directamente de su propio nombre de sitio, escrito a mano y no copiado de un mensaje.',
      fr: 'Écrivez l’adresse telle que l’organisation la publie : https:// suivi directement de son propre nom de site, tapé à la main et non copié d’un message.',
    },
  },
  'schema.not-signal-username': {
    rule: 'schema',
    message: {
      en: '"{value}" is not a Signal username.',
      es: '“{value}” no es un nombre de usuario de Signal.',
      fr: "« {value} » n'est pas un nom d'utilisateur Signal.",
    },
    fix: {
      en: 'Write the username with its dot and digits, e.g. northside.01 (never a group invite link).',
      es: 'Escribe el nombre de usuario con su punto y sus cifras, p. ej. northside.01 (nunca un enlace de invitación a un grupo).',
      fr: "Écrivez le nom d'utilisateur avec son point et ses chiffres, par ex. northside.01 (jamais un lien d'invitation à un groupe).",
    },
  },
  'schema.needs-type': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least one type.',
      es: 'El campo “{field}” necesita al menos un tipo.',
      fr: 'Le champ « {field} » doit contenir au moins un type.',
    },
    fix: {
      en: 'Add one or more taxonomy slugs, e.g. [rapid-response].',
      es: 'Añade uno o más identificadores de la taxonomía, p. ej. [rapid-response].',
      fr: 'Ajoutez un ou plusieurs identifiants de la taxonomie, par ex. [rapid-response].',
    },
  },
  'schema.needs-language': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least one language.',
      es: 'El campo “{field}” necesita al menos un idioma.',
      fr: 'Le champ « {field} » doit contenir au moins une langue.',
    },
    fix: {
      en: 'List the BCP-47 codes of the languages staff speak, e.g. [en, es].',
      es: 'Indica los códigos BCP-47 de los idiomas que habla el personal, p. ej. [en, es].',
      fr: "Indiquez les codes BCP-47 des langues parlées par l'équipe, par ex. [en, es].",
    },
  },
  'schema.needs-channel': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least one channel.',
      es: 'El campo “{field}” necesita al menos un canal.',
      fr: 'Le champ « {field} » doit contenir au moins un canal.',
    },
    fix: {
      en: 'Add a way to reach the organisation, e.g. a website or a hotline.',
      es: 'Añade una forma de contactar con la organización, p. ej. un sitio web o una línea de ayuda.',
      fr: "Ajoutez un moyen de joindre l'organisation, par ex. un site web ou une ligne d'urgence.",
    },
  },
  'schema.needs-maintainer': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least one maintainer.',
      es: 'El campo “{field}” necesita al menos un usuario o equipo de GitHub que mantenga la entrada.',
      fr: 'Le champ « {field} » doit contenir au moins un utilisateur ou une équipe GitHub qui tient la fiche à jour.',
    },
    fix: {
      en: 'Add the GitHub user or team who keeps this entry up to date.',
      es: 'Añade el usuario o equipo de GitHub que mantiene esta entrada al día.',
      fr: "Ajoutez l'utilisateur ou l'équipe GitHub qui tient cette fiche à jour.",
    },
  },
  'schema.needs-city-maintainer': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least one maintainer.',
      es: 'El campo “{field}” necesita al menos un usuario o equipo de GitHub que revise la ciudad.',
      fr: 'Le champ « {field} » doit contenir au moins un utilisateur ou une équipe GitHub qui relit la ville.',
    },
    fix: {
      en: 'Add the GitHub user or team who reviews this city, e.g. "@sanctuary-commons/minneapolis-maintainers".',
      es: 'Añade el usuario o equipo de GitHub que revisa esta ciudad, p. ej. "@sanctuary-commons/minneapolis-maintainers".',
      fr: "Ajoutez l'utilisateur ou l'équipe GitHub qui relit cette ville, par ex. « @sanctuary-commons/minneapolis-maintainers ».",
    },
  },
  'schema.not-country-code': {
    rule: 'schema',
    message: {
      en: '"{field}" is not an ISO 3166-1 alpha-2 code.',
      es: 'El campo “{field}” no es un código ISO 3166-1 alfa-2.',
      fr: "Le champ « {field} » n'est pas un code ISO 3166-1 alpha-2.",
    },
    fix: {
      en: 'Use two capital letters, e.g. US.',
      es: 'Usa dos letras mayúsculas, p. ej. US.',
      fr: 'Utilisez deux lettres majuscules, par ex. US.',
    },
  },
  'schema.country-without-plan': {
    rule: 'schema',
    message: {
      en: '"{field}" is not the ISO 3166-1 alpha-2 code of a country with a telephone numbering plan.',
      es: 'El campo “{field}” no es el código ISO 3166-1 alfa-2 de un país con un plan de numeración telefónica.',
      fr: "Le champ « {field} » n'est pas le code ISO 3166-1 alpha-2 d'un pays doté d'un plan de numérotation téléphonique.",
    },
    fix: {
      en: "Use the country's two-letter ISO code, e.g. US, CA, MX, or GB for the United Kingdom (not UK).",
      es: 'Usa el código ISO de dos letras del país, p. ej. US, CA, MX, o GB para el Reino Unido (no UK).',
      fr: 'Utilisez le code ISO à deux lettres du pays, par ex. US, CA, MX, ou GB pour le Royaume-Uni (pas UK).',
    },
  },
  'schema.not-latitude': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a latitude.',
      es: 'El campo “{field}” no es una latitud.',
      fr: "Le champ « {field} » n'est pas une latitude.",
    },
    fix: {
      en: 'Latitude is between -90 and 90.',
      es: 'La latitud está entre -90 y 90.',
      fr: 'La latitude est comprise entre -90 et 90.',
    },
  },
  'schema.not-longitude': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a longitude.',
      es: 'El campo “{field}” no es una longitud.',
      fr: "Le champ « {field} » n'est pas une longitude.",
    },
    fix: {
      en: 'Longitude is between -180 and 180.',
      es: 'La longitud está entre -180 y 180.',
      fr: 'La longitude est comprise entre -180 et 180.',
    },
  },
  'schema.coordinate-precision': {
    rule: 'schema',
    message: {
      en: '"{field}" has more than {decimals} decimal places: a city hub marks the city centre, never a building, and a fourth decimal place (about 11 m) can point at one, such as a shelter, an office or a home.',
      es: 'El campo “{field}” tiene más de {decimals} decimales: la página de una ciudad marca el centro de la ciudad, nunca un edificio, y un cuarto decimal (unos 11 m) puede señalar uno, como un refugio, una oficina o una casa.',
      fr: "Le champ « {field} » a plus de {decimals} décimales : la page d'une ville marque le centre-ville, jamais un bâtiment, et une quatrième décimale (environ 11 m) peut en désigner un, comme un refuge, un bureau ou un domicile.",
    },
    fix: {
      en: 'Round it to {decimals} decimal places or fewer, e.g. [44.978, -93.265] for the centre of Minneapolis.',
      es: 'Redondéalo a {decimals} decimales o menos, p. ej. [44.978, -93.265] para el centro de Minneapolis.',
      fr: 'Arrondissez-le à {decimals} décimales au plus, par ex. [44.978, -93.265] pour le centre de Minneapolis.',
    },
  },
  'schema.not-coordinates': {
    rule: 'schema',
    message: {
      en: '"{field}" must be [latitude, longitude].',
      es: 'El campo “{field}” debe ser [latitud, longitud].',
      fr: 'Le champ « {field} » doit être [latitude, longitude].',
    },
    fix: {
      en: 'Write the city centre as [44.978, -93.265].',
      es: 'Escribe el centro de la ciudad como [44.978, -93.265].',
      fr: 'Écrivez le centre-ville sous la forme [44.978, -93.265].',
    },
  },
  'schema.not-time-zone': {
    rule: 'schema',
    message: {
      en: '"{field}" is not an IANA time zone.',
      es: 'El campo “{field}” no es una zona horaria IANA.',
      fr: "Le champ « {field} » n'est pas un fuseau horaire IANA.",
    },
    fix: {
      en: 'Use a name such as America/Chicago or America/New_York.',
      es: 'Usa un nombre como America/Chicago o America/New_York.',
      fr: 'Utilisez un nom comme America/Chicago ou America/New_York.',
    },
  },
  'schema.not-handle-or-link': {
    rule: 'schema',
    message: {
      en: '"{field}" is neither a handle nor an https: link.',
      es: 'El campo “{field}” no es ni un nombre de cuenta ni un enlace https:.',
      fr: "Le champ « {field} » n'est ni un nom de compte ni un lien https:.",
    },
    fix: {
      en: 'Write the account name (e.g. sanctuary-commons) or the full https:// address of the profile.',
      es: 'Escribe el nombre de la cuenta (p. ej. sanctuary-commons) o la dirección https:// completa del perfil.',
      fr: "Écrivez le nom du compte (par ex. sanctuary-commons) ou l'adresse https:// complète du profil.",
    },
  },
  'schema.image-url-twice': {
    rule: 'schema',
    message: {
      en: '"imageURL" repeats image_url.',
      es: '“imageURL” repite image_url.',
      fr: '« imageURL » répète image_url.',
    },
    fix: {
      en: 'Keep one of image_url and imageURL.',
      es: 'Deja solo uno de image_url e imageURL.',
      fr: 'Gardez un seul de image_url et imageURL.',
    },
  },
  'schema.author-needs-name': {
    rule: 'schema',
    message: {
      en: 'An author needs a name.',
      es: 'Un autor necesita un nombre.',
      fr: 'Un auteur doit avoir un nom.',
    },
    fix: {
      en: "Add name: with the team's name.",
      es: 'Añade name: con el nombre del equipo.',
      fr: "Ajoutez name: avec le nom de l'équipe.",
    },
  },
  'schema.not-step-id': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a playbook or guide id.',
      es: 'El campo “{field}” no es el identificador de un manual ni de una guía.',
      fr: "Le champ « {field} » n'est pas l'identifiant d'une fiche pratique ni d'un guide.",
    },
    fix: {
      en: 'Write playbooks/<topic>/<slug> or guides/<slug> (the path under docs/ without .md).',
      es: 'Escribe playbooks/<topic>/<slug> o guides/<slug> (la ruta bajo docs/ sin .md).',
      fr: 'Écrivez playbooks/<topic>/<slug> ou guides/<slug> (le chemin sous docs/ sans .md).',
    },
  },
  'schema.needs-two-steps': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least two steps.',
      es: 'El campo “{field}” necesita al menos dos pasos.',
      fr: 'Le champ « {field} » doit contenir au moins deux étapes.',
    },
    fix: {
      en: 'A path has two or more steps; add the playbooks and guides in the order a new group needs them.',
      es: 'Un recorrido tiene dos pasos o más; añade los manuales y las guías en el orden en que los necesita un grupo nuevo.',
      fr: "Un parcours a deux étapes ou plus ; ajoutez les fiches pratiques et les guides dans l'ordre où un nouveau groupe en a besoin.",
    },
  },
  'schema.custom-edit-url': {
    rule: 'schema',
    message: {
      en: '"{field}" may only be null: the site builds every edit link to the page\'s own file in this repository, and another address would send contributors elsewhere.',
      es: 'El campo “{field}” solo puede ser null: el sitio crea cada enlace de edición hacia el propio archivo de la página en este repositorio, y otra dirección llevaría a quien contribuye a otro lugar.',
      fr: 'Le champ « {field} » ne peut valoir que null : le site fait pointer chaque lien de modification vers le fichier de la page dans ce dépôt, et une autre adresse enverrait les contributeurs ailleurs.',
    },
    fix: {
      en: 'Remove custom_edit_url to keep the normal edit link, or write custom_edit_url: null to hide it.',
      es: 'Quita custom_edit_url para conservar el enlace de edición normal, o escribe custom_edit_url: null para ocultarlo.',
      fr: 'Supprimez custom_edit_url pour garder le lien de modification normal, ou écrivez custom_edit_url: null pour le masquer.',
    },
  },
  'schema.not-message-id': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a message id.',
      es: 'El campo “{field}” no es un identificador de mensaje.',
      fr: "Le champ « {field} » n'est pas un identifiant de message.",
    },
    fix: {
      en: 'Write the file and the message id joined by #, e.g. "code.json#home.title".',
      es: 'Escribe el archivo y el identificador del mensaje unidos por #, p. ej. "code.json#home.title".',
      fr: "Écrivez le fichier et l'identifiant du message reliés par #, par ex. « code.json#home.title ».",
    },
  },
  'schema.onion-version-2': {
    rule: 'schema',
    message: {
      en: '"{field}" is a version 2 onion address (16 characters): Tor stopped serving these in 2021.',
      es: 'El campo “{field}” es una dirección onion de versión 2 (16 caracteres): Tor dejó de servirlas en 2021.',
      fr: 'Le champ « {field} » est une adresse onion de version 2 (16 caractères) : Tor ne les sert plus depuis 2021.',
    },
    fix: {
      en: "Use the service's version 3 address (56 characters before .onion), from its hostname file.",
      es: 'Usa la dirección de versión 3 del servicio (56 caracteres antes de .onion), de su archivo hostname.',
      fr: "Utilisez l'adresse de version 3 du service (56 caractères avant .onion), tirée de son fichier hostname.",
    },
  },
  'schema.onion-malformed': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a version 3 onion address (56 letters a–z and digits 2–7 before .onion).',
      es: 'El campo “{field}” no es una dirección onion de versión 3 (56 letras a–z y cifras 2–7 antes de .onion).',
      fr: "Le champ « {field} » n'est pas une adresse onion de version 3 (56 lettres a–z et chiffres 2–7 avant .onion).",
    },
    fix: {
      en: "Copy the address from the onion service's hostname file.",
      es: 'Copia la dirección del archivo hostname del servicio onion.',
      fr: "Copiez l'adresse depuis le fichier hostname du service onion.",
    },
  },
  'schema.onion-checksum': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a valid onion address: its checksum does not match (a character is mistyped).',
      es: 'El campo “{field}” no es una dirección onion válida: su suma de control no coincide (hay un carácter mal escrito).',
      fr: "Le champ « {field} » n'est pas une adresse onion valide : sa somme de contrôle ne correspond pas (un caractère est mal tapé).",
    },
    fix: {
      en: "Copy the address again from the onion service's hostname file.",
      es: 'Vuelve a copiar la dirección del archivo hostname del servicio onion.',
      fr: "Copiez de nouveau l'adresse depuis le fichier hostname du service onion.",
    },
  },
  'schema.onion-scheme': {
    rule: 'schema',
    message: {
      en: '"{field}" is not an http: or https: onion address.',
      es: 'El campo “{field}” no es una dirección onion http: ni https:.',
      fr: "Le champ « {field} » n'est pas une adresse onion http: ou https:.",
    },
    fix: {
      en: 'Write it as http://<56 characters>.onion/.',
      es: 'Escríbela como http://<56 caracteres>.onion/.',
      fr: 'Écrivez-la sous la forme http://<56 caractères>.onion/.',
    },
  },
  'schema.onion-extras': {
    rule: 'schema',
    message: {
      en: '"{field}" has a user name, port, query or fragment.',
      es: 'El campo “{field}” tiene un nombre de usuario, un puerto, una consulta o un fragmento.',
      fr: "Le champ « {field} » a un nom d'utilisateur, un port, une requête ou un fragment.",
    },
    fix: {
      en: "Write the mirror's address alone, e.g. http://<56 characters>.onion/.",
      es: 'Escribe solo la dirección del espejo, p. ej. http://<56 caracteres>.onion/.',
      fr: "Écrivez l'adresse du miroir seule, par ex. http://<56 caractères>.onion/.",
    },
  },
  'schema.mirror-not-https': {
    rule: 'schema',
    message: {
      en: '"{field}" is neither an https: address nor an onion address.',
      es: 'El campo “{field}” no es ni una dirección https: ni una dirección onion.',
      fr: "Le champ « {field} » n'est ni une adresse https: ni une adresse onion.",
    },
    fix: {
      en: 'Use a full address that starts with https://.',
      es: 'Usa una dirección completa que empiece por https://.',
      fr: 'Utilisez une adresse complète qui commence par https://.',
    },
  },
  'schema.mirror-extras': {
    rule: 'schema',
    message: {
      en: '"{field}" has a port, query or fragment.',
      es: 'El campo “{field}” tiene un puerto, una consulta o un fragmento.',
      fr: 'Le champ « {field} » a un port, une requête ou un fragment.',
    },
    fix: {
      en: 'Write the address the mirror is served at, e.g. https://mirror.example.net/commons/.',
      es: 'Escribe la dirección en la que se sirve el espejo, p. ej. https://mirror.example.net/commons/.',
      fr: "Écrivez l'adresse à laquelle le miroir est servi, par ex. https://mirror.example.net/commons/.",
    },
  },
  'schema.mirror-sample-real': {
    rule: 'schema',
    message: {
      en: '"{field}" is marked sample but is a real address.',
      es: 'El campo “{field}” está marcado como ejemplo, pero es una dirección real.',
      fr: "Le champ « {field} » est marqué comme exemple, mais c'est une vraie adresse.",
    },
    fix: {
      en: 'Remove "sample: true", or use an example.org address for a fictional mirror.',
      es: 'Quita "sample: true", o usa una dirección example.org para un espejo ficticio.',
      fr: 'Supprimez « sample: true », ou utilisez une adresse example.org pour un miroir fictif.',
    },
  },
  'schema.mirror-reserved': {
    rule: 'schema',
    message: {
      en: '"{field}" is a reserved example address.',
      es: 'El campo “{field}” es una dirección de ejemplo reservada.',
      fr: "Le champ « {field} » est une adresse d'exemple réservée.",
    },
    fix: {
      en: 'Write the mirror\'s real address, or mark a fictional mirror "sample: true".',
      es: 'Escribe la dirección real del espejo, o marca un espejo ficticio con "sample: true".',
      fr: 'Écrivez la vraie adresse du miroir, ou marquez un miroir fictif « sample: true ».',
    },
  },
  'schema.not-ssh-principal': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a principal ssh-keygen accepts here.',
      es: 'El campo “{field}” no es un principal que ssh-keygen acepte aquí.',
      fr: "Le champ « {field} » n'est pas un principal que ssh-keygen accepte ici.",
    },
    fix: {
      en: 'Use letters, digits and . _ @ + - only, e.g. maintainers@sanctuary-commons.',
      es: 'Usa solo letras, cifras y . _ @ + -, p. ej. maintainers@sanctuary-commons.',
      fr: 'Utilisez seulement des lettres, des chiffres et . _ @ + -, par ex. maintainers@sanctuary-commons.',
    },
  },
  'schema.not-ssh-key': {
    rule: 'schema',
    message: {
      en: '"{field}" is not an OpenSSH public key: {detail}',
      es: 'El campo “{field}” no es una clave pública OpenSSH: {detail}',
      fr: "Le champ « {field} » n'est pas une clé publique OpenSSH : {detail}",
    },
    fix: {
      en: 'Paste the one line of the .pub file, e.g. "ssh-ed25519 AAAAC3Nza…".',
      es: 'Pega la única línea del archivo .pub, p. ej. "ssh-ed25519 AAAAC3Nza…".',
      fr: "Collez l'unique ligne du fichier .pub, par ex. « ssh-ed25519 AAAAC3Nza… ».",
    },
  },
  'schema.mirror-twice': {
    rule: 'schema',
    message: {
      en: '"{field}" is listed twice (also mirror {other}).',
      es: 'El campo “{field}” aparece dos veces (también en el espejo {other}).',
      fr: 'Le champ « {field} » figure deux fois (aussi au miroir {other}).',
    },
    fix: {
      en: 'Keep one entry per address.',
      es: 'Deja una sola entrada por dirección.',
      fr: 'Gardez une seule entrée par adresse.',
    },
  },
  'schema.unlisted-draft': {
    rule: 'schema',
    message: {
      en: '"unlisted" cannot be true on a draft.',
      es: '“unlisted” no puede ser true en un borrador.',
      fr: '« unlisted » ne peut pas valoir true sur un brouillon.',
    },
    fix: {
      en: 'Keep one of draft: true (not published) or unlisted: true (published, not listed).',
      es: 'Deja solo uno de draft: true (no publicado) o unlisted: true (publicado, sin aparecer en las listas).',
      fr: 'Gardez un seul de draft: true (non publié) ou unlisted: true (publié, non listé).',
    },
  },
  'schema.toc-levels': {
    rule: 'schema',
    message: {
      en: '"toc_min_heading_level" is larger than "toc_max_heading_level".',
      es: '“toc_min_heading_level” es mayor que “toc_max_heading_level”.',
      fr: '« toc_min_heading_level » est plus grand que « toc_max_heading_level ».',
    },
    fix: {
      en: 'Give the smaller level first, e.g. toc_min_heading_level: 2 and toc_max_heading_level: 3.',
      es: 'Pon primero el nivel menor, p. ej. toc_min_heading_level: 2 y toc_max_heading_level: 3.',
      fr: "Donnez d'abord le plus petit niveau, par ex. toc_min_heading_level: 2 et toc_max_heading_level: 3.",
    },
  },
  'schema.not-site-path': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a path on this site.',
      es: 'El campo “{field}” no es una ruta de este sitio.',
      fr: "Le champ « {field} » n'est pas un chemin de ce site.",
    },
    fix: {
      en: 'Write lowercase words joined by hyphens and separated by /, e.g. /guides/start-here (no https://, no //, no ..).',
      es: 'Escribe palabras en minúsculas unidas por guiones y separadas por /, p. ej. /guides/start-here (sin https://, sin //, sin ..).',
      fr: "Écrivez des mots en minuscules reliés par des traits d'union et séparés par /, par ex. /guides/start-here (pas de https://, de // ni de ..).",
    },
  },
  'schema.not-doc-id': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a doc id.',
      es: 'El campo “{field}” no es el identificador de un documento.',
      fr: "Le champ « {field} » n'est pas l'identifiant d'un document.",
    },
    fix: {
      en: 'Write the path of the doc under docs/ without .md, e.g. guides/start-here.',
      es: 'Escribe la ruta del documento bajo docs/ sin .md, p. ej. guides/start-here.',
      fr: 'Écrivez le chemin du document sous docs/ sans .md, par ex. guides/start-here.',
    },
  },
  'remote-image.image-key': {
    rule: 'remote-image',
    message: {
      en: "{value} is an image on another site: every reader's browser would request it.",
      es: '{value} es una imagen de otro sitio: el navegador de cada lector la pediría.',
      fr: "{value} est une image d'un autre site : le navigateur de chaque lecteur la demanderait.",
    },
    fix: {
      en: 'Store the image under static/img/ and write its path from the site root, e.g. /img/team.png, or remove the key.',
      es: 'Guarda la imagen en static/img/ y escribe su ruta desde la raíz del sitio, p. ej. /img/team.png, o quita la clave.',
      fr: "Enregistrez l'image dans static/img/ et écrivez son chemin depuis la racine du site, par ex. /img/team.png, ou supprimez la clé.",
    },
  },
  'schema.not-local-image': {
    rule: 'schema',
    message: {
      en: '"{field}" is not the path of an image on this site.',
      es: 'El campo “{field}” no es la ruta de una imagen de este sitio.',
      fr: "Le champ « {field} » n'est pas le chemin d'une image de ce site.",
    },
    fix: {
      en: 'Write the path from the site root of a PNG, JPEG, WebP or GIF file under static/, e.g. /img/team.png (no .., no SVG).',
      es: 'Escribe la ruta desde la raíz del sitio de un archivo PNG, JPEG, WebP o GIF en static/, p. ej. /img/team.png (sin .., sin SVG).',
      fr: "Écrivez le chemin depuis la racine du site d'un fichier PNG, JPEG, WebP ou GIF sous static/, par ex. /img/team.png (pas de .., pas de SVG).",
    },
  },
  'schema.needs-city': {
    rule: 'schema',
    message: {
      en: '"{field}" needs at least one city.',
      es: 'El campo “{field}” necesita al menos una ciudad.',
      fr: 'Le champ « {field} » doit contenir au moins une ville.',
    },
    fix: {
      en: 'List the slug of the city (or cities) where this practice runs, e.g. [minneapolis].',
      es: 'Indica el identificador de la ciudad (o las ciudades) donde se aplica esta práctica, p. ej. [minneapolis].',
      fr: "Indiquez l'identifiant de la ville (ou des villes) où cette pratique est menée, par ex. [minneapolis].",
    },
  },
  'schema.not-playbook-id': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a playbook id.',
      es: 'El campo “{field}” no es el identificador de un manual.',
      fr: "Le champ « {field} » n'est pas l'identifiant d'une fiche pratique.",
    },
    fix: {
      en: 'Write the id as playbooks/<topic>/<slug>.',
      es: 'Escribe el identificador como playbooks/<topic>/<slug>.',
      fr: "Écrivez l'identifiant sous la forme playbooks/<topic>/<slug>.",
    },
  },
  'schema.inline-author': {
    rule: 'schema',
    message: {
      en: '"{field}" is an author written inline, which would publish a person\'s details.',
      es: 'El campo “{field}” es un autor escrito en línea, lo que publicaría los datos de una persona.',
      fr: "Le champ « {field} » est un auteur écrit en ligne, ce qui publierait les coordonnées d'une personne.",
    },
    fix: {
      en: 'Write the key of an entry of blog/authors.yml, e.g. authors: [editors]; add the team there if it is new.',
      es: 'Escribe la clave de una entrada de blog/authors.yml, p. ej. authors: [editors]; añade allí el equipo si es nuevo.',
      fr: "Écrivez la clé d'une entrée de blog/authors.yml, par ex. authors: [editors] ; ajoutez-y l'équipe si elle est nouvelle.",
    },
  },
  'schema.inline-tag': {
    rule: 'schema',
    message: {
      en: '"{field}" is a tag written inline.',
      es: 'El campo “{field}” es una etiqueta escrita en línea.',
      fr: 'Le champ « {field} » est une étiquette écrite en ligne.',
    },
    fix: {
      en: 'Write the key of an entry of blog/tags.yml, e.g. tags: [rapid-response].',
      es: 'Escribe la clave de una entrada de blog/tags.yml, p. ej. tags: [rapid-response].',
      fr: "Écrivez la clé d'une entrée de blog/tags.yml, par ex. tags: [rapid-response].",
    },
  },
  'schema.not-revision-id': {
    rule: 'schema',
    message: {
      en: '"{field}" is not a revision id.',
      es: 'El campo “{field}” no es un identificador de revisión.',
      fr: "Le champ « {field} » n'est pas un identifiant de révision.",
    },
    fix: {
      en: 'Paste the 40-character id that `git hash-object <original file>` prints (npm run i18n:status lists it too).',
      es: 'Pega el identificador de 40 caracteres que imprime `git hash-object <original file>` (npm run i18n:status también lo muestra).',
      fr: "Collez l'identifiant de 40 caractères qu'affiche `git hash-object <original file>` (npm run i18n:status l'indique aussi).",
    },
  },
  'schema.not-chosen': {
    rule: 'schema',
    message: {en: 'is missing.', es: 'Falta este dato.', fr: 'Ce champ est obligatoire.'},
    fix: {en: 'Choose one.', es: 'Elige una opción.', fr: 'Choisissez une option.'},
  },
  'prose-image.found': {
    rule: 'prose-image',
    message: {
      en: 'Images are not shown in an organisation\'s texts: "{alt}".',
      es: 'Las imágenes no se muestran en los textos de una organización: "{alt}".',
      fr: 'Les images ne sont pas affichées dans les textes d’une organisation : « {alt} ».',
    },
    fix: {
      en: 'Remove the image, and say in words what it showed, or link to the page that shows it (https://…).',
      es: 'Quita la imagen y di con palabras lo que mostraba, o enlaza a la página que la muestra (https://…).',
      fr: 'Supprimez l’image et dites en mots ce qu’elle montrait, ou faites un lien vers la page qui la montre (https://…).',
    },
  },
  'plain-text-markdown.found': {
    rule: 'plain-text-markdown',
    message: {
      en: 'Line {line} starts with Markdown syntax ("{text}"), but this field is shown as plain text, exactly as written.',
      es: 'La línea {line} empieza con sintaxis de Markdown ("{text}"), pero este campo se muestra como texto plano, tal como está escrito.',
      fr: 'La ligne {line} commence par de la syntaxe Markdown (« {text} »), mais ce champ est affiché en texte brut, tel qu’il est écrit.',
    },
    fix: {
      en: 'Write plain sentences: no headings, lists, quotes, code fences, link definitions or underlines. Put longer text with formatting in the description.',
      es: 'Escribe frases sencillas: sin títulos, listas, citas, bloques de código, definiciones de enlaces ni subrayados. Pon el texto más largo con formato en la descripción.',
      fr: 'Écrivez des phrases simples : pas de titres, de listes, de citations, de blocs de code, de définitions de liens ni de soulignements. Mettez un texte plus long et mis en forme dans la description.',
    },
  },
  'sample-real-value.found': {
    rule: 'sample-real-value',
    message: {
      en: '"{value}" is a sample entry\'s contact but is not a reserved example value; it could reach a real person.',
      es: '“{value}” es el contacto de una entrada de ejemplo, pero no es un valor de ejemplo reservado; podría llegar a una persona real.',
      fr: "« {value} » est le contact d'une fiche d'exemple, mais n'est pas une valeur d'exemple réservée ; il pourrait joindre une vraie personne.",
    },
    fix: {
      en: 'In sample entries use only example.org/example.com hosts and +1 NPA 555-0100…0199 numbers under a geographic area code (e.g. +16125550142); under toll-free (8XX), premium (900) and personal (5XX) codes these digits can be real lines.',
      es: 'En las entradas de ejemplo usa solo los dominios example.org/example.com y los números +1 NPA 555-0100…0199 con un código de área geográfico (p. ej. +16125550142); con códigos gratuitos (8XX), de tarifa especial (900) y personales (5XX) esas cifras pueden ser líneas reales.',
      fr: "Dans les fiches d'exemple, utilisez seulement les domaines example.org/example.com et les numéros +1 NPA 555-0100…0199 sous un indicatif régional géographique (par ex. +16125550142) ; sous les indicatifs gratuits (8XX), surtaxés (900) et personnels (5XX), ces chiffres peuvent être de vraies lignes.",
    },
  },
  'yaml-syntax.duplicate-key': {
    rule: 'yaml-syntax',
    message: {
      en: 'YAML has a duplicate key: {detail}',
      es: 'El YAML tiene una clave repetida: {detail}',
      fr: 'Le YAML a une clé en double : {detail}',
    },
    fix: {
      en: 'Keep one of the two keys.',
      es: 'Deja solo una de las dos claves.',
      fr: 'Gardez une seule des deux clés.',
    },
  },
  'yaml-syntax.tag': {
    rule: 'yaml-syntax',
    message: {
      en: 'YAML uses a tag that is not allowed: {detail}',
      es: 'El YAML usa una etiqueta (tag) que no está permitida: {detail}',
      fr: 'Le YAML utilise une étiquette (tag) non autorisée : {detail}',
    },
    fix: {
      en: 'Remove the !!tag; write plain values.',
      es: 'Quita la !!etiqueta; escribe valores simples.',
      fr: "Supprimez l'étiquette !! ; écrivez des valeurs simples.",
    },
  },
  'yaml-syntax.error': {
    rule: 'yaml-syntax',
    message: {
      en: 'YAML syntax error: {detail}',
      es: 'Error de sintaxis YAML: {detail}',
      fr: 'Erreur de syntaxe YAML : {detail}',
    },
    fix: {
      en: 'Check indentation (spaces, not tabs), quotes around values containing ":" or "#", and that lists start with "- ".',
      es: 'Revisa la sangría (espacios, no tabuladores), las comillas alrededor de los valores que contienen ":" o "#", y que las listas empiecen con "- ".',
      fr: "Vérifiez l'indentation (des espaces, pas des tabulations), les guillemets autour des valeurs contenant « : » ou « # », et que les listes commencent par « - ».",
    },
  },
  'yaml-syntax.unreadable': {
    rule: 'yaml-syntax',
    message: {
      en: 'YAML could not be read: {detail}',
      es: 'No se pudo leer el YAML: {detail}',
      fr: "Le YAML n'a pas pu être lu : {detail}",
    },
    fix: {
      en: 'Write values out instead of using &anchors and *aliases.',
      es: 'Escribe los valores completos en lugar de usar &anclas y *alias.',
      fr: "Écrivez les valeurs en entier au lieu d'utiliser des &ancres et des *alias.",
    },
  },
  'json-syntax.empty': {
    rule: 'json-syntax',
    message: {en: 'The file is empty.', es: 'El archivo está vacío.', fr: 'Le fichier est vide.'},
    fix: {
      en: 'Write the JSON content, or delete the file.',
      es: 'Escribe el contenido JSON, o borra el archivo.',
      fr: 'Écrivez le contenu JSON, ou supprimez le fichier.',
    },
  },
  'json-syntax.duplicate-key': {
    rule: 'json-syntax',
    message: {
      en: 'The key {key} appears twice; only the last one would be used.',
      es: 'La clave {key} aparece dos veces; solo se usaría la última.',
      fr: 'La clé {key} apparaît deux fois ; seule la dernière serait utilisée.',
    },
    fix: {
      en: 'Keep one of the two entries.',
      es: 'Deja solo una de las dos entradas.',
      fr: 'Gardez une seule des deux entrées.',
    },
  },
  'broken-link.site': {
    rule: 'broken-link',
    message: {
      en: '"{url}" does not lead to a page of the site.',
      es: '“{url}” no lleva a ninguna página del sitio.',
      fr: '« {url} » ne mène à aucune page du site.',
    },
    fix: {
      en: 'Check the spelling; directory pages are /directory/<city>/<org> with slugs from directory/, docs are /docs/<folder>/<file> without .md.',
      es: 'Revisa cómo está escrito; las páginas del directorio son /directory/<city>/<org> con los identificadores de directory/, y los documentos son /docs/<folder>/<file> sin .md.',
      fr: "Vérifiez l'orthographe ; les pages de l'annuaire sont /directory/<city>/<org> avec les identifiants de directory/, les documents sont /docs/<folder>/<file> sans .md.",
    },
  },
  'broken-link.relative': {
    rule: 'broken-link',
    message: {
      en: '"{url}" does not lead to a page of the site.',
      es: '“{url}” no lleva a ninguna página del sitio.',
      fr: '« {url} » ne mène à aucune page du site.',
    },
    fix: {
      en: 'Check the relative path from this file, including the .md extension.',
      es: 'Revisa la ruta relativa desde este archivo, con la extensión .md.',
      fr: 'Vérifiez le chemin relatif depuis ce fichier, extension .md comprise.',
    },
  },
  'unknown-author.key': {
    rule: 'unknown-author',
    message: {
      en: 'Unknown author "{author}".',
      es: 'Autor desconocido: “{author}”.',
      fr: 'Auteur inconnu : « {author} ».',
    },
    fix: {
      en: "Use a key of blog/authors.yml ({keys}); never a person's name.",
      es: 'Usa una clave de blog/authors.yml ({keys}); nunca el nombre de una persona.',
      fr: "Utilisez une clé de blog/authors.yml ({keys}) ; jamais le nom d'une personne.",
    },
  },
  'unknown-tag.key': {
    rule: 'unknown-tag',
    message: {
      en: 'Unknown tag "{tag}".',
      es: 'Etiqueta desconocida: “{tag}”.',
      fr: 'Étiquette inconnue : « {tag} ».',
    },
    fix: {
      en: 'Use a key of blog/tags.yml ({keys}), or add the tag there.',
      es: 'Usa una clave de blog/tags.yml ({keys}), o añade allí la etiqueta.',
      fr: "Utilisez une clé de blog/tags.yml ({keys}), ou ajoutez-y l'étiquette.",
    },
  },
  'tombstoned.listed': {
    rule: 'tombstoned',
    message: {
      en: 'The organisation "{slug}" was removed on {removed} ({reason}) and must not be listed again.',
      es: 'La organización “{slug}” se retiró el {removed} ({reason}) y no debe volver a aparecer.',
      fr: "L'organisation « {slug} » a été retirée le {removed} ({reason}) et ne doit pas être listée de nouveau.",
    },
    fix: {
      en: 'Delete this file. If the organisation itself asks to be listed again, a maintainer removes "{slug}" from {tombstones} in a separate, reviewed pull request.',
      es: 'Borra este archivo. Si la propia organización pide volver a aparecer, una persona que mantiene el sitio quita “{slug}” de {tombstones} en una pull request aparte y revisada.',
      fr: "Supprimez ce fichier. Si l'organisation elle-même demande à figurer de nouveau, un mainteneur retire « {slug} » de {tombstones} dans une pull request distincte et relue.",
    },
  },
  'translation-orphan.no-original': {
    rule: 'translation-orphan',
    message: {
      en: 'This is a translation of {original}, which does not exist.',
      es: 'Esta es una traducción de {original}, que no existe.',
      fr: "Ceci est une traduction de {original}, qui n'existe pas.",
    },
    fix: {
      en: 'Put the translation at the same path as its English original (under {plugin}/), or remove it if the original was removed.',
      es: 'Pon la traducción en la misma ruta que su original en inglés (bajo {plugin}/), o quítala si se quitó el original.',
      fr: "Placez la traduction au même chemin que son original anglais (sous {plugin}/), ou supprimez-la si l'original a été supprimé.",
    },
  },
  'translation-of.mismatch': {
    rule: 'translation-of',
    message: {
      en: 'translation_of is "{written}", but this file translates {original}.',
      es: 'translation_of es “{written}”, pero este archivo traduce {original}.',
      fr: 'translation_of vaut « {written} », mais ce fichier traduit {original}.',
    },
    fix: {
      en: 'Write translation_of: {id}',
      es: 'Escribe translation_of: {id}',
      fr: 'Écrivez translation_of: {id}',
    },
  },
  'translation-outdated.changed': {
    rule: 'translation-outdated',
    message: {
      en: 'Translation may be outdated: {original} changed after this translation was made (translated from {from}, the original is now {now}).',
      es: 'Puede que la traducción esté desactualizada: {original} cambió después de hacerse esta traducción (traducida desde {from}; el original está ahora en {now}).',
      fr: "La traduction est peut-être périmée : {original} a changé après cette traduction (traduite depuis {from} ; l'original en est maintenant à {now}).",
    },
    fix: {
      en: 'See what changed with `git diff {fromRevision} {nowRevision}`, update the translation, then set translated_from_revision: {nowRevision}',
      es: 'Mira qué cambió con `git diff {fromRevision} {nowRevision}`, actualiza la traducción y luego pon translated_from_revision: {nowRevision}',
      fr: 'Voyez ce qui a changé avec `git diff {fromRevision} {nowRevision}`, mettez la traduction à jour, puis indiquez translated_from_revision: {nowRevision}',
    },
  },
  'duplicate-id.collection': {
    rule: 'duplicate-id',
    message: {
      en: 'The collection id "{id}" is used twice.',
      es: 'El identificador de colección “{id}” se usa dos veces.',
      fr: "L'identifiant de collection « {id} » est utilisé deux fois.",
    },
    fix: {
      en: 'Give every collection its own id; it becomes the anchor of its link.',
      es: 'Da a cada colección su propio identificador; se convierte en el ancla de su enlace.',
      fr: "Donnez à chaque collection son propre identifiant ; il devient l'ancre de son lien.",
    },
  },
  'cross-reference.collection-step': {
    rule: 'cross-reference',
    message: {
      en: '"{doc}" is not a playbook or guide of this site.',
      es: '“{doc}” no es un manual ni una guía de este sitio.',
      fr: "« {doc} » n'est ni une fiche pratique ni un guide de ce site.",
    },
    fix: {
      en: 'Write the path of an existing file under docs/ without ".md", e.g. {example}; or add the playbook first.',
      es: 'Escribe la ruta de un archivo existente bajo docs/ sin ".md", p. ej. {example}; o añade primero el manual.',
      fr: "Écrivez le chemin d'un fichier existant sous docs/ sans « .md », par ex. {example} ; ou ajoutez d'abord la fiche pratique.",
    },
  },
  'json-syntax.invalid': {
    rule: 'json-syntax',
    message: {
      en: 'The file is not valid JSON: {detail}.',
      es: 'El archivo no es JSON válido: {detail}.',
      fr: "Le fichier n'est pas du JSON valide : {detail}.",
    },
    fix: {
      en: 'Check the commas, quotes and braces near this place: every entry but the last ends with a comma, and JSON has no comments.',
      es: 'Revisa las comas, las comillas y las llaves cerca de este lugar: cada entrada salvo la última termina en coma, y JSON no admite comentarios.',
      fr: "Vérifiez les virgules, les guillemets et les accolades près de cet endroit : chaque entrée sauf la dernière finit par une virgule, et JSON n'a pas de commentaires.",
    },
  },
  'playbook-sections.form-empty': {
    rule: 'playbook-sections',
    message: {
      en: 'The section "{heading}" is empty.',
      es: 'La sección “{heading}” está vacía.',
      fr: 'La section « {heading} » est vide.',
    },
    fix: {
      en: 'Write a few lines; see templates/playbook.md for what belongs here.',
      es: 'Escribe unas líneas; consulta templates/playbook.md para ver qué va aquí.',
      fr: 'Écrivez quelques lignes ; voyez templates/playbook.md pour savoir ce qui va ici.',
    },
  },
} satisfies Record<string, CatalogueEntry>;
