import type {CatalogueEntry} from './entry';

/** The fix of a number of another country (both phone-country messages), as the /contribute form showed it. */
const PHONE_COUNTRY_FIX = {
  en: 'Check the number with the organisation. If it is wrong, correct it. If people in the city really must call this number, add international: "<why>" to the channel (e.g. "The consulate\'s national hotline, answered in Mexico"); the page then says that the call is international, and why.',
  es: 'Verifica el número con la organización. Si está mal, corrígelo. Si la gente de la ciudad de verdad tiene que llamar a este número, añade al canal international: "motivo" (por ejemplo, "La línea nacional del consulado, atendida en México"); la página dirá entonces que la llamada es internacional, y por qué.',
  fr: 'Vérifiez le numéro avec l’organisation. S’il est faux, corrigez-le. Si les gens de la ville doivent vraiment appeler ce numéro, ajoutez au canal international: "raison" (par exemple « La ligne nationale du consulat, répondue au Mexique ») ; la page dira alors que l’appel est international, et pourquoi.',
};

/**
 * Problem texts of the checks registered in src/lib/checks/ and run by src/lib/coalition.ts: file names and placement, category and author files, duplicates, cross-references, phone countries, interface translations.
 * Each entry: the rule, then the message and the fix in English, Spanish and French, with `{name}` placeholders
 * for the values the problem quotes (see ../problemTexts.ts).
 */
export const CHECK_TEXTS = {
  // Reading (src/lib/siteFiles/reader.ts)
  'encoding.not-utf8': {
    rule: 'encoding',
    message: {
      en: 'The file is not valid UTF-8 (or contains the replacement character �).',
      es: 'El archivo no es UTF-8 válido (o contiene el carácter de sustitución �).',
      fr: "Le fichier n'est pas en UTF-8 valide (ou contient le caractère de remplacement �).",
    },
    fix: {
      en: 'Save the file as UTF-8.',
      es: 'Guarda el archivo en UTF-8.',
      fr: 'Enregistrez le fichier en UTF-8.',
    },
  },
  'unreadable.failed': {
    rule: 'unreadable',
    message: {
      en: 'The file could not be checked: {error}',
      es: 'No se pudo comprobar el archivo: {error}',
      fr: "Le fichier n'a pas pu être vérifié : {error}",
    },
    fix: {
      en: 'Check that the file is UTF-8 text in the expected format; compare with templates/.',
      es: 'Comprueba que el archivo sea texto UTF-8 en el formato esperado; compáralo con templates/.',
      fr: 'Vérifiez que le fichier est du texte UTF-8 au format attendu ; comparez-le avec templates/.',
    },
  },
  // Kinds of file (checks/fileKinds.ts, checks/mirrorsFile.ts)
  'symlink.found': {
    rule: 'symlink',
    message: {
      en: 'Symbolic links are not allowed in contributed content: the build would publish whatever they point to.',
      es: 'No se permiten enlaces simbólicos en el contenido aportado: la compilación publicaría aquello a lo que apuntan.',
      fr: 'Les liens symboliques ne sont pas autorisés dans le contenu proposé : la construction publierait ce vers quoi ils pointent.',
    },
    fix: {
      en: 'Replace the link with the file itself.',
      es: 'Sustituye el enlace por el propio archivo.',
      fr: 'Remplacez le lien par le fichier lui-même.',
    },
  },
  'mdx-file.found': {
    rule: 'mdx-file',
    message: {
      en: '.mdx files are not allowed: MDX runs code.',
      es: 'No se permiten archivos .mdx: MDX ejecuta código.',
      fr: 'Les fichiers .mdx ne sont pas autorisés : MDX exécute du code.',
    },
    fix: {
      en: 'Rename the file to .md and remove any JSX or import/export lines.',
      es: 'Cambia la extensión del archivo a .md y quita todo JSX y toda línea import/export.',
      fr: 'Renommez le fichier en .md et supprimez tout JSX et toute ligne import/export.',
    },
  },
  'file-type.refused': {
    rule: 'file-type',
    message: {
      en: '"{name}" is not a kind of file the site publishes.',
      es: '“{name}” no es un tipo de archivo que el sitio publique.',
      fr: "« {name} » n'est pas un type de fichier que le site publie.",
    },
    fix: {
      en: 'Contribute Markdown (.md), directory YAML (.yml) and images (.png, .jpg, .jpeg, .webp, .gif) only; SVG and HTML can carry scripts.',
      es: 'Aporta solo Markdown (.md), YAML del directorio (.yml) e imágenes (.png, .jpg, .jpeg, .webp, .gif); SVG y HTML pueden llevar scripts.',
      fr: "Proposez seulement du Markdown (.md), du YAML d'annuaire (.yml) et des images (.png, .jpg, .jpeg, .webp, .gif) ; SVG et HTML peuvent contenir des scripts.",
    },
  },
  // Directory layout (checks/directoryLayout.ts, checks/duplicateSlugs.ts)
  'directory-layout.unexpected': {
    rule: 'directory-layout',
    message: {
      en: 'Unexpected file in directory/.',
      es: 'Archivo inesperado en directory/.',
      fr: 'Fichier inattendu dans directory/.',
    },
    fix: {
      en: 'Directory entries are directory/<city>/<org>.yml (and one _city.yml per city folder); use the .yml extension.',
      es: 'Las entradas del directorio son directory/<city>/<org>.yml (y un _city.yml por carpeta de ciudad); usa la extensión .yml.',
      fr: "Les fiches de l'annuaire sont directory/<city>/<org>.yml (et un _city.yml par dossier de ville) ; utilisez l'extension .yml.",
    },
  },
  'slug.directory-file': {
    rule: 'slug',
    message: {
      en: '"{slug}" is not a valid file name; it becomes the page address.',
      es: '“{slug}” no es un nombre de archivo válido; será la dirección de la página.',
      fr: "« {slug} » n'est pas un nom de fichier valide ; il devient l'adresse de la page.",
    },
    fix: {
      en: 'Rename it with lowercase letters, digits and single hyphens, e.g. northside-rapid-response.yml.',
      es: 'Cámbiale el nombre usando minúsculas, cifras y guiones sueltos, p. ej. northside-rapid-response.yml.',
      fr: "Renommez-le avec des lettres minuscules, des chiffres et des traits d'union simples, par ex. northside-rapid-response.yml.",
    },
  },
  'slug.directory-city-folder': {
    rule: 'slug',
    message: {
      en: '"{slug}" is not a valid city folder name; it becomes the page address.',
      es: '“{slug}” no es un nombre válido de carpeta de ciudad; será la dirección de la página.',
      fr: "« {slug} » n'est pas un nom de dossier de ville valide ; il devient l'adresse de la page.",
    },
    fix: {
      en: 'Rename it with lowercase letters, digits and single hyphens, e.g. northside-rapid-response.yml.',
      es: 'Cámbiale el nombre usando minúsculas, cifras y guiones sueltos, p. ej. northside-rapid-response.yml.',
      fr: "Renommez-le avec des lettres minuscules, des chiffres et des traits d'union simples, par ex. northside-rapid-response.yml.",
    },
  },
  'missing-city.no-hub': {
    rule: 'missing-city',
    message: {
      en: 'The folder directory/{city}/ has no _city.yml.',
      es: 'La carpeta directory/{city}/ no tiene _city.yml.',
      fr: "Le dossier directory/{city}/ n'a pas de _city.yml.",
    },
    fix: {
      en: 'Create directory/{city}/_city.yml from templates/city.yml, or move the file into an existing city folder.',
      es: 'Crea directory/{city}/_city.yml a partir de templates/city.yml, o mueve el archivo a una carpeta de ciudad existente.',
      fr: 'Créez directory/{city}/_city.yml à partir de templates/city.yml, ou déplacez le fichier dans un dossier de ville existant.',
    },
  },
  'duplicate-slug.across-cities': {
    rule: 'duplicate-slug',
    message: {
      en: 'The slug "{slug}" is already used by {path}.',
      es: '{path} ya usa el slug “{slug}”.',
      fr: 'Le slug « {slug} » est déjà utilisé par {path}.',
    },
    fix: {
      en: 'Rename the new file so that every organisation slug is unique across cities.',
      es: 'Cambia el nombre del archivo nuevo para que cada slug de organización sea único en todas las ciudades.',
      fr: "Renommez le nouveau fichier pour que chaque slug d'organisation soit unique dans toutes les villes.",
    },
  },
  'duplicate-slug.also-used': {
    rule: 'duplicate-slug',
    message: {
      en: 'The slug "{slug}" is also used by {path}.',
      es: '{path} también usa el slug “{slug}”.',
      fr: 'Le slug « {slug} » est aussi utilisé par {path}.',
    },
    fix: {
      en: 'Rename the new file so that every organisation slug is unique across cities.',
      es: 'Cambia el nombre del archivo nuevo para que cada slug de organización sea único en todas las ciudades.',
      fr: "Renommez le nouveau fichier pour que chaque slug d'organisation soit unique dans toutes les villes.",
    },
  },
  // Markdown placement (checks/i18nLayout.ts, checks/playbookLayout.ts, checks/fileNames.ts)
  'i18n-layout.markdown': {
    rule: 'i18n-layout',
    message: {
      en: 'Translated Markdown belongs in i18n/<locale>/docusaurus-plugin-content-docs/current/ or i18n/<locale>/docusaurus-plugin-content-blog/.',
      es: 'El Markdown traducido va en i18n/<locale>/docusaurus-plugin-content-docs/current/ o en i18n/<locale>/docusaurus-plugin-content-blog/.',
      fr: 'Le Markdown traduit se place dans i18n/<locale>/docusaurus-plugin-content-docs/current/ ou i18n/<locale>/docusaurus-plugin-content-blog/.',
    },
    fix: {
      en: 'Move the file next to the translations of the same section.',
      es: 'Mueve el archivo junto a las traducciones de la misma sección.',
      fr: 'Déplacez le fichier à côté des traductions de la même section.',
    },
  },
  'playbook-layout.folder': {
    rule: 'playbook-layout',
    message: {
      en: 'Playbooks live at docs/playbooks/<topic>/<slug>.md.',
      es: 'Las guías de actuación van en docs/playbooks/<topic>/<slug>.md.',
      fr: "Les fiches d'action se placent dans docs/playbooks/<topic>/<slug>.md.",
    },
    fix: {
      en: 'Move the file into the folder of its main topic.',
      es: 'Mueve el archivo a la carpeta de su tema principal.',
      fr: 'Déplacez le fichier dans le dossier de son thème principal.',
    },
  },
  'file-name.docs': {
    rule: 'file-name',
    message: {
      en: '"{name}" is not a slug path: file and folder names become the page address.',
      es: '“{name}” no es una ruta de slugs: los nombres de archivos y carpetas forman la dirección de la página.',
      fr: "« {name} » n'est pas un chemin de slugs : les noms de fichiers et de dossiers deviennent l'adresse de la page.",
    },
    fix: {
      en: 'Rename it to {proposal} (lowercase letters, digits and single hyphens).',
      es: 'Cámbiale el nombre a {proposal} (minúsculas, cifras y guiones sueltos).',
      fr: "Renommez-le en {proposal} (lettres minuscules, chiffres et traits d'union simples).",
    },
  },
  'file-name.post': {
    rule: 'file-name',
    message: {
      en: '"{name}" is not the name of a blog post: it becomes the post\'s address and date.',
      es: '“{name}” no es un nombre de entrada del blog: de él salen la dirección y la fecha de la entrada.',
      fr: "« {name} » n'est pas un nom d'article de blog : il devient l'adresse et la date de l'article.",
    },
    fix: {
      en: "Rename it to {proposal}: YYYY-MM-DD-slug.md, or YYYY-MM-DD-slug/index.md for a post with images (use the post's date).",
      es: 'Cámbiale el nombre a {proposal}: YYYY-MM-DD-slug.md, o YYYY-MM-DD-slug/index.md para una entrada con imágenes (usa la fecha de la entrada).',
      fr: "Renommez-le en {proposal} : YYYY-MM-DD-slug.md, ou YYYY-MM-DD-slug/index.md pour un article avec images (utilisez la date de l'article).",
    },
  },
  // Files under i18n/ (checks/i18nPlacement.ts, checks/translationKeys.ts, checks/interfaceTranslations.ts)
  'i18n-layout.no-locale': {
    rule: 'i18n-layout',
    message: {
      en: 'Files in i18n/ belong in a locale folder.',
      es: 'Los archivos de i18n/ van en una carpeta de idioma.',
      fr: 'Les fichiers de i18n/ se placent dans un dossier de langue.',
    },
    fix: {
      en: 'Move the file to i18n/<locale>/, e.g. i18n/es/code.json.',
      es: 'Mueve el archivo a i18n/<locale>/, p. ej. i18n/es/code.json.',
      fr: 'Déplacez le fichier dans i18n/<locale>/, par ex. i18n/es/code.json.',
    },
  },
  'default-locale-copy.file': {
    rule: 'default-locale-copy',
    message: {
      en: 'i18n/{locale}/ would silently replace what the English site publishes, out of sight of the English file a reviewer reads.',
      es: 'i18n/{locale}/ sustituiría sin avisar lo que publica el sitio en inglés, sin que se vea en el archivo inglés que lee quien revisa.',
      fr: 'i18n/{locale}/ remplacerait sans rien dire ce que publie le site anglais, hors de la vue du fichier anglais que lit la personne qui relit.',
    },
    fix: {
      en: 'Delete this copy, and make the change in English where it is written: {source}.',
      es: 'Borra esta copia y haz el cambio en inglés donde está escrito: {source}.',
      fr: 'Supprimez cette copie et faites la modification en anglais là où le texte est écrit : {source}.',
    },
  },
  'default-locale-copy.interface': {
    rule: 'default-locale-copy',
    message: {
      en: 'i18n/{locale}/ would silently replace what the English site publishes, out of sight of the English file a reviewer reads.',
      es: 'i18n/{locale}/ sustituiría sin avisar lo que publica el sitio en inglés, sin que se vea en el archivo inglés que lee quien revisa.',
      fr: 'i18n/{locale}/ remplacerait sans rien dire ce que publie le site anglais, hors de la vue du fichier anglais que lit la personne qui relit.',
    },
    fix: {
      en: "Delete this copy, and make the change in English where it is written: the site's source (src/ or docusaurus.config.ts), where every English interface string is.",
      es: 'Borra esta copia y haz el cambio en inglés donde está escrito: el código del sitio (src/ o docusaurus.config.ts), donde está cada texto de la interfaz en inglés.',
      fr: "Supprimez cette copie et faites la modification en anglais là où le texte est écrit : la source du site (src/ ou docusaurus.config.ts), où se trouve chaque texte anglais de l'interface.",
    },
  },
  'i18n-locale.unknown': {
    rule: 'i18n-locale',
    message: {
      en: '"{locale}" is not one of the site\'s locales ({locales}).',
      es: '“{locale}” no es uno de los idiomas del sitio ({locales}).',
      fr: "« {locale} » n'est pas l'une des langues du site ({locales}).",
    },
    fix: {
      en: 'Use the folder of a published locale, or add the locale first (docs/guides/translating.md).',
      es: 'Usa la carpeta de un idioma publicado, o añade antes el idioma (docs/guides/translating.md).',
      fr: "Utilisez le dossier d'une langue publiée, ou ajoutez d'abord la langue (docs/guides/translating.md).",
    },
  },
  'i18n-layout.category': {
    rule: 'i18n-layout',
    message: {
      en: 'Docusaurus does not read _category_ files from i18n/, so this one would change nothing.',
      es: 'Docusaurus no lee archivos _category_ de i18n/, así que este no cambiaría nada.',
      fr: 'Docusaurus ne lit pas les fichiers _category_ dans i18n/ : celui-ci ne changerait rien.',
    },
    fix: {
      en: 'Translate the category label in i18n/{locale}/docusaurus-plugin-content-docs/current.json, and delete this file.',
      es: 'Traduce la etiqueta de la categoría en i18n/{locale}/docusaurus-plugin-content-docs/current.json y borra este archivo.',
      fr: 'Traduisez le libellé de la catégorie dans i18n/{locale}/docusaurus-plugin-content-docs/current.json, et supprimez ce fichier.',
    },
  },
  'i18n-layout.yaml': {
    rule: 'i18n-layout',
    message: {
      en: 'Docusaurus does not read this YAML file from i18n/.',
      es: 'Docusaurus no lee este archivo YAML de i18n/.',
      fr: 'Docusaurus ne lit pas ce fichier YAML dans i18n/.',
    },
    fix: {
      en: 'Translated YAML is only i18n/{locale}/docusaurus-plugin-content-blog/authors.yml, tags.yml and i18n/{locale}/docusaurus-plugin-content-docs/current/tags.yml.',
      es: 'El único YAML traducido es i18n/{locale}/docusaurus-plugin-content-blog/authors.yml, tags.yml e i18n/{locale}/docusaurus-plugin-content-docs/current/tags.yml.',
      fr: 'Le seul YAML traduit est i18n/{locale}/docusaurus-plugin-content-blog/authors.yml, tags.yml et i18n/{locale}/docusaurus-plugin-content-docs/current/tags.yml.',
    },
  },
  'i18n-layout.image': {
    rule: 'i18n-layout',
    message: {
      en: 'Images in i18n/ are only read beside translated pages.',
      es: 'Las imágenes de i18n/ solo se leen junto a páginas traducidas.',
      fr: 'Les images de i18n/ ne sont lues qu’à côté des pages traduites.',
    },
    fix: {
      en: 'Move the image into i18n/{locale}/docusaurus-plugin-content-docs/current/ or i18n/{locale}/docusaurus-plugin-content-blog/, next to the page that shows it.',
      es: 'Mueve la imagen a i18n/{locale}/docusaurus-plugin-content-docs/current/ o a i18n/{locale}/docusaurus-plugin-content-blog/, junto a la página que la muestra.',
      fr: "Déplacez l'image dans i18n/{locale}/docusaurus-plugin-content-docs/current/ ou i18n/{locale}/docusaurus-plugin-content-blog/, à côté de la page qui l'affiche.",
    },
  },
  'translation-keys.missing': {
    rule: 'translation-keys',
    message: {
      en: 'This translation of {original} lacks {keys}.',
      es: 'A esta traducción de {original} le falta {keys}.',
      fr: 'Il manque {keys} à cette traduction de {original}.',
    },
    fix: {
      en: 'Copy every entry of {original} and translate only its label, name, title and description.',
      es: 'Copia cada entrada de {original} y traduce solo su label, name, title y description.',
      fr: 'Copiez chaque entrée de {original} et traduisez seulement ses label, name, title et description.',
    },
  },
  'same-as-english.unknown-id': {
    rule: 'same-as-english',
    message: {
      en: '"{id}" is not a message of {folder}/.',
      es: '“{id}” no es un mensaje de {folder}/.',
      fr: "« {id} » n'est pas un message de {folder}/.",
    },
    fix: {
      en: 'Remove the line, or correct the file name and message id (as in "code.json#home.title").',
      es: 'Quita la línea, o corrige el nombre del archivo y el id del mensaje (como en “code.json#home.title”).',
      fr: "Supprimez la ligne, ou corrigez le nom du fichier et l'id du message (comme dans « code.json#home.title »).",
    },
  },
  // Across files (checks/crossReferences.ts, checks/categoryFiles.ts)
  'cross-reference.topic-folder': {
    rule: 'cross-reference',
    message: {
      en: 'The playbook is in the "{topic}" folder but its topics do not include "{topic}".',
      es: 'La guía de actuación está en la carpeta “{topic}”, pero sus topics no incluyen “{topic}”.',
      fr: "La fiche d'action est dans le dossier « {topic} », mais ses topics n'incluent pas « {topic} ».",
    },
    fix: {
      en: 'Add {topic} to topics, or move the file to the folder of its main topic.',
      es: 'Añade {topic} a topics, o mueve el archivo a la carpeta de su tema principal.',
      fr: 'Ajoutez {topic} à topics, ou déplacez le fichier dans le dossier de son thème principal.',
    },
  },
  'cross-reference.unknown-city': {
    rule: 'cross-reference',
    message: {
      en: 'Unknown city "{city}".',
      es: 'Ciudad desconocida: “{city}”.',
      fr: 'Ville inconnue : « {city} ».',
    },
    fix: {
      en: 'Use a city slug that has a folder in directory/ ({cities}), or add the city first.',
      es: 'Usa el slug de una ciudad que tenga carpeta en directory/ ({cities}), o añade antes la ciudad.',
      fr: "Utilisez le slug d'une ville qui a un dossier dans directory/ ({cities}), ou ajoutez d'abord la ville.",
    },
  },
  'cross-reference.unknown-city-none-yet': {
    rule: 'cross-reference',
    message: {
      en: 'Unknown city "{city}".',
      es: 'Ciudad desconocida: “{city}”.',
      fr: 'Ville inconnue : « {city} ».',
    },
    fix: {
      en: 'Use a city slug that has a folder in directory/ (none yet), or add the city first.',
      es: 'Usa el slug de una ciudad que tenga carpeta en directory/ (todavía no hay ninguna), o añade antes la ciudad.',
      fr: "Utilisez le slug d'une ville qui a un dossier dans directory/ (aucune pour l'instant), ou ajoutez d'abord la ville.",
    },
  },
  'cross-reference.unknown-organization': {
    rule: 'cross-reference',
    message: {
      en: 'Unknown organisation "{organization}".',
      es: 'Organización desconocida: “{organization}”.',
      fr: 'Organisation inconnue : « {organization} ».',
    },
    fix: {
      en: 'Use the file name (without .yml) of an organisation in directory/, or add the organisation first.',
      es: 'Usa el nombre de archivo (sin .yml) de una organización de directory/, o añade antes la organización.',
      fr: "Utilisez le nom de fichier (sans .yml) d'une organisation de directory/, ou ajoutez d'abord l'organisation.",
    },
  },
  'cross-reference.unknown-related': {
    rule: 'cross-reference',
    message: {
      en: 'Unknown related playbook "{playbook}".',
      es: 'Guía de actuación relacionada desconocida: “{playbook}”.',
      fr: "Fiche d'action liée inconnue : « {playbook} ».",
    },
    fix: {
      en: 'Write the id of an existing playbook as playbooks/<topic>/<slug>.',
      es: 'Escribe el id de una guía de actuación existente como playbooks/<topic>/<slug>.',
      fr: "Écrivez l'id d'une fiche d'action existante sous la forme playbooks/<topic>/<slug>.",
    },
  },
  'cross-reference.unknown-doc': {
    rule: 'cross-reference',
    message: {
      en: 'Unknown doc "{id}".',
      es: 'Documento desconocido: “{id}”.',
      fr: 'Document inconnu : « {id} ».',
    },
    fix: {
      en: 'Write the path of an existing doc under docs/ without .md, e.g. guides/start-here.',
      es: 'Escribe la ruta de un documento existente dentro de docs/ sin .md, p. ej. guides/start-here.',
      fr: "Écrivez le chemin d'un document existant sous docs/ sans .md, par ex. guides/start-here.",
    },
  },
  'duplicate-category.found': {
    rule: 'duplicate-category',
    message: {
      en: '{first} already describes the category {folder}/; Docusaurus would read only one of them.',
      es: '{first} ya describe la categoría {folder}/; Docusaurus solo leería uno de los dos.',
      fr: '{first} décrit déjà la catégorie {folder}/ ; Docusaurus ne lirait que l’un des deux.',
    },
    fix: {
      en: 'Merge the two files into one and delete the other.',
      es: 'Une los dos archivos en uno y borra el otro.',
      fr: "Fusionnez les deux fichiers en un seul et supprimez l'autre.",
    },
  },
  // Blog authors (checks/blogAuthorsFile.ts)
  'personal-data.author-email-key': {
    rule: 'personal-data',
    message: {
      en: 'Authors must not publish an e-mail address (key "{key}").',
      es: 'Los autores no deben publicar una dirección de correo electrónico (clave “{key}”).',
      fr: 'Les auteurs ne doivent pas publier d’adresse e-mail (clé « {key} »).',
    },
    fix: {
      en: "Remove it; authors are teams or organisations, never individual volunteers. A team publishes its address as an organisation's email channel.",
      es: 'Quítala; los autores son equipos u organizaciones, nunca voluntarios concretos. Un equipo publica su dirección como canal email de una organización.',
      fr: "Supprimez-la ; les auteurs sont des équipes ou des organisations, jamais des bénévoles en particulier. Une équipe publie son adresse comme canal email d'une organisation.",
    },
  },
  'personal-data.author-socials-key': {
    rule: 'personal-data',
    message: {
      en: 'Authors must not publish an e-mail address (socials key "{key}").',
      es: 'Los autores no deben publicar una dirección de correo electrónico (clave de socials “{key}”).',
      fr: 'Les auteurs ne doivent pas publier d’adresse e-mail (clé de socials « {key} »).',
    },
    fix: {
      en: "Remove it; authors are teams or organisations, never individual volunteers. A team publishes its address as an organisation's email channel.",
      es: 'Quítala; los autores son equipos u organizaciones, nunca voluntarios concretos. Un equipo publica su dirección como canal email de una organización.',
      fr: "Supprimez-la ; les auteurs sont des équipes ou des organisations, jamais des bénévoles en particulier. Une équipe publie son adresse comme canal email d'une organisation.",
    },
  },
  'personal-data.author-mailto': {
    rule: 'personal-data',
    message: {
      en: 'Authors must not publish an e-mail address (a mailto: link).',
      es: 'Los autores no deben publicar una dirección de correo electrónico (un enlace mailto:).',
      fr: 'Les auteurs ne doivent pas publier d’adresse e-mail (un lien mailto:).',
    },
    fix: {
      en: "Remove it; authors are teams or organisations, never individual volunteers. A team publishes its address as an organisation's email channel.",
      es: 'Quítala; los autores son equipos u organizaciones, nunca voluntarios concretos. Un equipo publica su dirección como canal email de una organización.',
      fr: "Supprimez-la ; les auteurs sont des équipes ou des organisations, jamais des bénévoles en particulier. Une équipe publie son adresse comme canal email d'une organisation.",
    },
  },
  // Phone countries (checks/phoneCountry.ts): es/fr as the /contribute form showed them
  'phone-country.other': {
    rule: 'phone-country',
    message: {
      en: '"{value}" rings in {numberCountry}, but the city\'s country is {cityCountry}: from the city it is an international call, which many callers cannot afford or cannot make.',
      es: '“{value}” es un número de otro país ({numberCountry}) que el de la ciudad ({cityCountry}): desde la ciudad es una llamada internacional, que muchas personas no pueden pagar o no pueden hacer.',
      fr: '« {value} » est un numéro d’un autre pays ({numberCountry}) que celui de la ville ({cityCountry}) : depuis la ville, c’est un appel international, que beaucoup de gens ne peuvent pas payer ou pas passer.',
    },
    fix: PHONE_COUNTRY_FIX,
  },
  'phone-country.none': {
    rule: 'phone-country',
    message: {
      en: '"{value}" is not a number of the city\'s country, {cityCountry}: from the city it may be an international call, which many callers cannot afford or cannot make.',
      es: '“{value}” no es un número del país de la ciudad ({cityCountry}): desde la ciudad puede ser una llamada internacional, que muchas personas no pueden pagar o no pueden hacer.',
      fr: '« {value} » n’est pas un numéro du pays de la ville ({cityCountry}) : depuis la ville, ce peut être un appel international, que beaucoup de gens ne peuvent pas payer ou pas passer.',
    },
    fix: PHONE_COUNTRY_FIX,
  },
  'phone-international-unneeded.found': {
    rule: 'phone-international-unneeded',
    message: {
      en: '"{value}" is marked international, but it is a number of the city\'s country, {cityCountry}.',
      es: '“{value}” está marcado como internacional, pero es un número del país de la ciudad ({cityCountry}).',
      fr: '« {value} » est marqué comme international, mais c’est un numéro du pays de la ville ({cityCountry}).',
    },
    fix: {
      en: 'Remove international from this channel: the page would warn callers of an international call that is not one.',
      es: 'Quita international de este canal: la página advertiría de una llamada internacional que no lo es.',
      fr: 'Retirez international de ce canal : la page annoncerait un appel international qui n’en est pas un.',
    },
  },
  // Duplicates (checks/duplicateEntries.ts): {shared} lists the shared values, with English words for their kinds
  'duplicate-entry.shared': {
    rule: 'duplicate-entry',
    message: {
      en: "This entry shares {shared} with {other}: it may duplicate or replace that organisation's entry, whose maintainers must agree.",
      es: 'Esta entrada comparte {shared} con {other}: puede duplicar o sustituir la entrada de esa organización, y quienes la mantienen deben estar de acuerdo.',
      fr: "Cette fiche partage {shared} avec {other} : elle peut doubler ou remplacer la fiche de cette organisation, dont les responsables doivent être d'accord.",
    },
    fix: {
      en: 'If it is the same organisation, change {other} instead of adding a second file; if the organisations are different, check the shared value with both and give each its own name and contacts.',
      es: 'Si es la misma organización, cambia {other} en lugar de añadir un segundo archivo; si son organizaciones distintas, verifica el valor compartido con ambas y dale a cada una su propio nombre y sus contactos.',
      fr: "S'il s'agit de la même organisation, modifiez {other} au lieu d'ajouter un second fichier ; si les organisations sont différentes, vérifiez la valeur partagée avec les deux et donnez à chacune son propre nom et ses contacts.",
    },
  },
  'link-text-host.channel-label': {
    rule: 'link-text-host',
    message: {
      en: 'The label shows {text} but the channel leads to {host}.',
      es: 'La etiqueta muestra {text} pero el canal lleva a {host}.',
      fr: 'Le libellé affiche {text} mais le canal mène à {host}.',
    },
    fix: {
      en: 'Describe the channel in words (e.g. "Main website", "Intake form"), or name only its own address.',
      es: 'Describe el canal con palabras (p. ej., "Sitio principal", "Formulario de admisión") o nombra solo su propia dirección.',
      fr: 'Décrivez le canal avec des mots (par ex. « Site principal », « Formulaire d’accueil ») ou ne nommez que sa propre adresse.',
    },
  },
  'link-text-host.label-on-contact': {
    rule: 'link-text-host',
    message: {
      en: 'The label shows "{text}", a web address, on a channel that is not that site.',
      es: 'La etiqueta muestra "{text}", una dirección web, en un canal que no es ese sitio.',
      fr: 'Le libellé affiche « {text} », une adresse web, sur un canal qui n’est pas ce site.',
    },
    fix: {
      en: 'Describe the channel in words (e.g. "Main website", "Intake form"), or name only its own address.',
      es: 'Describe el canal con palabras (p. ej., "Sitio principal", "Formulario de admisión") o nombra solo su propia dirección.',
      fr: 'Décrivez le canal avec des mots (par ex. « Site principal », « Formulaire d’accueil ») ou ne nommez que sa propre adresse.',
    },
  },
  'named-person-address.found': {
    rule: 'named-person-address',
    message: {
      en: '"{value}" looks like a named person\'s address (first.last@).',
      es: '“{value}” parece la dirección de una persona concreta (nombre.apellido@).',
      fr: '« {value} » ressemble à l’adresse d’une personne nommée (prenom.nom@).',
    },
    fix: {
      en: 'Prefer a shared role mailbox (e.g. intake@ or help@) so no one person is exposed; keep it only if that person agreed to be listed.',
      es: 'Mejor un buzón compartido por función (p. ej. intake@ o help@), para que ninguna persona quede expuesta; consérvalo solo si esa persona aceptó aparecer.',
      fr: 'Préférez une boîte partagée par fonction (par ex. intake@ ou help@) pour qu’aucune personne ne soit exposée ; gardez-la seulement si cette personne a accepté d’y figurer.',
    },
  },
  'street-address-in-coverage.found': {
    rule: 'street-address-in-coverage',
    message: {
      en: '"{address}" is a street address; coverage.area must never hold one.',
      es: '“{address}” es una dirección postal; coverage.area nunca debe contener una.',
      fr: '« {address} » est une adresse postale ; coverage.area ne doit jamais en contenir.',
    },
    fix: {
      en: 'Name the neighbourhoods, towns or region served instead (e.g. "North Minneapolis"); never a home or meeting address.',
      es: 'Indica en su lugar los barrios, municipios o la región que atiende (p. ej. “North Minneapolis”); nunca una dirección de casa ni de reunión.',
      fr: 'Nommez plutôt les quartiers, villes ou la région desservis (par ex. « North Minneapolis ») ; jamais une adresse de domicile ou de réunion.',
    },
  },
} satisfies Record<string, CatalogueEntry>;
