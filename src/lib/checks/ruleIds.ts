/**
 * Every rule id a `Problem` (problems.ts) can carry, with what the rule refuses, why, and how to fix it, in the
 * languages the rule guide is published in. This table is the one list of rule ids:
 *
 * - `Problem.rule` (problems.ts) and the import's `RowProblem.rule` are typed {@link RuleId}, so a check that
 *   reports an id missing here fails `npx tsc --noEmit` ("Type '"new-id"' is not assignable to type 'RuleId'").
 * - A zod refinement names its rule in `params.rule`, which zod leaves untyped: checks/__tests__/ruleIds.test.ts
 *   fails on any `rule: '…'` written in the code whose id is missing here, and says where.
 * - `npm run rules-doc` writes docs/guides/validation-rules.md (and its Spanish translation) from this table, and
 *   a test fails when the committed guides differ from what it writes.
 *
 * To add a rule: add its entry here (scope, refuses, why, fix in English and Spanish), then run
 * `npm run rules-doc`. The ids are stable: pull-request reports, the /contribute form and people's notes name them,
 * so rename one only with a reason. (The import's change rules, which say why a written value differs from its cell,
 * are another list: CHANGE_RULES in src/lib/import/changes.ts.)
 *
 * This file imports nothing, so every layer (src/lib, src/cli, the pages) can read it. Code that runs in the
 * browser (the /contribute form) imports only the `RuleId` type, so these texts are not shipped to readers.
 */

/**
 * Where a rule runs: `files` in `npm run validate` (every contributed file, also the build and the pull-request
 * check), `form` on the GitHub issue form that lists an organisation, `import` in `npm run import`, `site` on the
 * built pages (`npm run build`'s security check).
 */
export type RuleScope = 'files' | 'form' | 'import' | 'site';

/** A text in each language the rule guide is published in (English, and its Spanish translation). */
export type GuideText = {en: string; es: string};

/** What a rule refuses, why, and how to fix it, for the rule guide. */
export type RuleDoc = {scope: RuleScope; refuses: GuideText; why: GuideText; fix: GuideText};

/** Every rule, by id, in the order the guide lists them (grouped by scope). */
export const RULES = {
  schema: {
    scope: 'files',
    refuses: {
      en:
        'A field that does not match the content model: missing, of the wrong type, too long, or a value ' +
        'outside its list.',
      es:
        'Un campo que no sigue el modelo de contenido: falta, tiene un tipo equivocado, es demasiado largo o ' +
        'su valor no está en la lista.',
    },
    why: {
      en:
        'Pages, exports and the bots read the fields by this contract; a wrong field would break them or ' +
        'publish something wrong.',
      es:
        'Las páginas, las exportaciones y los bots leen los campos según este contrato; un campo equivocado ' +
        'los rompería o publicaría algo falso.',
    },
    fix: {
      en:
        'Read the message: it names the field and what it accepts. Compare with the file of the same kind in ' +
        'templates/.',
      es: 'Lee el mensaje: nombra el campo y lo que acepta. Compara con el archivo del mismo tipo en templates/.',
    },
  },
  'yaml-syntax': {
    scope: 'files',
    refuses: {
      en:
        'A YAML file (or front matter) that cannot be read: bad indentation, an unclosed quote, a tab, a ' +
        'repeated key.',
      es:
        'Un archivo YAML (o la cabecera) que no se puede leer: sangría incorrecta, comillas sin cerrar, un ' +
        'tabulador, una clave repetida.',
    },
    why: {
      en: 'A file that cannot be read cannot be checked, so nothing in it can be published.',
      es: 'Un archivo que no se puede leer no se puede revisar, así que nada de él se puede publicar.',
    },
    fix: {
      en: 'Go to the line and column given; indent with spaces, close quotes, and quote values that contain ": ".',
      es:
        'Ve a la línea y columna indicadas; sangra con espacios, cierra las comillas y pon entre comillas los' +
        ' valores que contienen ": ".',
    },
  },
  'json-syntax': {
    scope: 'files',
    refuses: {
      en: 'A JSON file that is not valid JSON (a missing comma, a trailing comma, a comment).',
      es: 'Un archivo JSON que no es JSON válido (falta una coma, sobra una coma al final, un comentario).',
    },
    why: {
      en: 'The site reads these files as data; an unreadable file cannot be checked or used.',
      es: 'El sitio lee estos archivos como datos; un archivo ilegible no se puede revisar ni usar.',
    },
    fix: {
      en: 'Go to the line and column given and correct the JSON.',
      es: 'Ve a la línea y columna indicadas y corrige el JSON.',
    },
  },
  encoding: {
    scope: 'files',
    refuses: {
      en: 'A file that is not valid UTF-8, or that contains the replacement character (U+FFFD).',
      es: 'Un archivo que no es UTF-8 válido o que contiene el carácter de sustitución (U+FFFD).',
    },
    why: {
      en: 'Text in another encoding shows as garbage and can hide characters from the checks.',
      es: 'Un texto en otra codificación se ve roto y puede ocultar caracteres a las comprobaciones.',
    },
    fix: {
      en: 'Save the file as UTF-8 in your editor.',
      es: 'Guarda el archivo como UTF-8 en tu editor.',
    },
  },
  unreadable: {
    scope: 'files',
    refuses: {
      en: 'A file that could not be checked at all.',
      es: 'Un archivo que no se pudo revisar en absoluto.',
    },
    why: {
      en:
        'Every contributed file that can reach a page must be checked (safety rule 10); an unchecked file is ' +
        'never published.',
      es:
        'Todo archivo aportado que puede llegar a una página debe revisarse (regla de seguridad 10); un ' +
        'archivo sin revisar nunca se publica.',
    },
    fix: {
      en: 'Make sure the file is UTF-8 text in the expected format; compare it with templates/.',
      es: 'Comprueba que el archivo es texto UTF-8 con el formato esperado; compáralo con templates/.',
    },
  },
  symlink: {
    scope: 'files',
    refuses: {
      en: 'A symbolic link among the contributed files.',
      es: 'Un enlace simbólico entre los archivos aportados.',
    },
    why: {
      en: 'The build would publish whatever the link points to, including files outside the content.',
      es: 'La compilación publicaría aquello a lo que apunta el enlace, incluso archivos fuera del contenido.',
    },
    fix: {
      en: 'Replace the link with the file itself.',
      es: 'Sustituye el enlace por el propio archivo.',
    },
  },
  'mdx-file': {
    scope: 'files',
    refuses: {
      en: 'A .mdx file under docs/, blog/ or directory/.',
      es: 'Un archivo .mdx en docs/, blog/ o directory/.',
    },
    why: {
      en: "MDX runs code in the reader's browser and at build time (safety rule 1).",
      es: 'MDX ejecuta código en el navegador de quien lee y al compilar (regla de seguridad 1).',
    },
    fix: {
      en: 'Rename the file to .md and remove any JSX and import/export lines.',
      es: 'Cambia la extensión a .md y quita todo JSX y las líneas import/export.',
    },
  },
  'mdx-front-matter': {
    scope: 'files',
    refuses: {
      en: 'The front matter key mdx.',
      es: 'La clave mdx en la cabecera.',
    },
    why: {
      en: 'It would switch MDX back on for the page, and MDX runs code (safety rule 1).',
      es: 'Volvería a activar MDX en la página, y MDX ejecuta código (regla de seguridad 1).',
    },
    fix: {
      en: 'Remove the mdx key.',
      es: 'Quita la clave mdx.',
    },
  },
  mdx: {
    scope: 'files',
    refuses: {
      en: 'MDX syntax in Markdown: JSX elements, expressions in braces, import or export lines.',
      es: 'Sintaxis MDX en Markdown: elementos JSX, expresiones entre llaves, líneas import o export.',
    },
    why: {
      en: 'The site reads Markdown as plain CommonMark; MDX would run code (safety rule 2).',
      es: 'El sitio lee Markdown como CommonMark simple; MDX ejecutaría código (regla de seguridad 2).',
    },
    fix: {
      en: 'Write it as plain Markdown, or escape the character with a backslash.',
      es: 'Escríbelo como Markdown simple o escapa el carácter con una barra invertida.',
    },
  },
  'file-type': {
    scope: 'files',
    refuses: {
      en: 'A file of a kind the site does not publish (for example SVG, HTML or a script).',
      es: 'Un archivo de un tipo que el sitio no publica (por ejemplo SVG, HTML o un script).',
    },
    why: {
      en: 'SVG and HTML can carry scripts; only Markdown, directory YAML and plain images are accepted.',
      es: 'SVG y HTML pueden llevar scripts; solo se aceptan Markdown, YAML del directorio e imágenes simples.',
    },
    fix: {
      en: 'Contribute Markdown (.md), directory YAML (.yml) and images (.png, .jpg, .jpeg, .webp, .gif) only.',
      es: 'Aporta solo Markdown (.md), YAML del directorio (.yml) e imágenes (.png, .jpg, .jpeg, .webp, .gif).',
    },
  },
  'file-name': {
    scope: 'files',
    refuses: {
      en: 'A Markdown file or folder whose name is not a slug (or, in blog/, not a dated post name).',
      es:
        'Un archivo o carpeta Markdown cuyo nombre no es un slug (o, en blog/, no es un nombre de entrada con' +
        ' fecha).',
    },
    why: {
      en: 'File and folder names become page addresses; they must be stable, readable and the same on every system.',
      es:
        'Los nombres de archivos y carpetas se convierten en direcciones de página; deben ser estables, ' +
        'legibles e iguales en todo sistema.',
    },
    fix: {
      en: 'Rename it as the fix proposes: lowercase letters, digits and single hyphens (blog: YYYY-MM-DD-slug.md).',
      es: 'Renómbralo como propone la corrección: minúsculas, cifras y guiones simples (blog: AAAA-MM-DD-slug.md).',
    },
  },
  'directory-layout': {
    scope: 'files',
    refuses: {
      en: 'A file in directory/ that is not directory/<city>/<org>.yml or directory/<city>/_city.yml.',
      es: 'Un archivo en directory/ que no es directory/<ciudad>/<org>.yml ni directory/<ciudad>/_city.yml.',
    },
    why: {
      en: 'The directory is built from this layout; any other file would be ignored or misread.',
      es:
        'El directorio se construye a partir de esta estructura; cualquier otro archivo se ignoraría o se ' +
        'leería mal.',
    },
    fix: {
      en: 'Move the file to directory/<city>/<org>.yml and use the .yml extension.',
      es: 'Mueve el archivo a directory/<ciudad>/<org>.yml y usa la extensión .yml.',
    },
  },
  'missing-city': {
    scope: 'files',
    refuses: {
      en:
        'An organisation in a city folder that has no _city.yml (or, in the form and the import, a city that ' +
        'does not exist).',
      es:
        'Una organización en una carpeta de ciudad sin _city.yml (o, en el formulario y la importación, una ' +
        'ciudad que no existe).',
    },
    why: {
      en:
        'Every organisation page belongs to a city hub, whose country and time zone its contacts are checked ' +
        'against.',
      es:
        'Cada página de organización pertenece a una ciudad, cuyo país y zona horaria sirven para revisar sus' +
        ' contactos.',
    },
    fix: {
      en: 'Create directory/<city>/_city.yml from templates/city.yml, or use an existing city folder.',
      es: 'Crea directory/<ciudad>/_city.yml a partir de templates/city.yml, o usa una carpeta de ciudad existente.',
    },
  },
  'duplicate-slug': {
    scope: 'files',
    refuses: {
      en: 'Two entries with the same slug.',
      es: 'Dos entradas con el mismo slug.',
    },
    why: {
      en: 'The slug is the page address and the key other files use to refer to the entry; it must name one thing.',
      es:
        'El slug es la dirección de la página y la clave con la que otros archivos se refieren a la entrada; ' +
        'debe nombrar una sola cosa.',
    },
    fix: {
      en: 'Give the new entry another file name, or edit the existing entry instead.',
      es: 'Da otro nombre de archivo a la nueva entrada, o edita la entrada existente.',
    },
  },
  'playbook-layout': {
    scope: 'files',
    refuses: {
      en: 'A playbook outside docs/playbooks/<topic>/<slug>.md.',
      es: 'Una guía práctica fuera de docs/playbooks/<tema>/<slug>.md.',
    },
    why: {
      en: 'Playbooks are compared by topic; the folder is the topic.',
      es: 'Las guías prácticas se comparan por tema; la carpeta es el tema.',
    },
    fix: {
      en: 'Move the file into the folder of its main topic.',
      es: 'Mueve el archivo a la carpeta de su tema principal.',
    },
  },
  'topic-folder': {
    scope: 'files',
    refuses: {
      en: 'A playbook whose first topic is not the folder it is in.',
      es: 'Una guía práctica cuyo primer tema no es la carpeta en la que está.',
    },
    why: {
      en: 'The folder and the first topic must agree, or the playbook would be listed under two different topics.',
      es: 'La carpeta y el primer tema deben coincidir, o la guía aparecería bajo dos temas distintos.',
    },
    fix: {
      en: "Move the file, or put the folder's topic first in topics.",
      es: 'Mueve el archivo o pon el tema de la carpeta primero en topics.',
    },
  },
  'playbook-sections': {
    scope: 'files',
    refuses: {
      en: 'Playbook sections missing, empty, out of order or unknown (a warning for an extra "##" heading).',
      es:
        'Secciones de la guía práctica que faltan, están vacías, desordenadas o son desconocidas (aviso para ' +
        'un encabezado "##" de más).',
    },
    why: {
      en:
        'Playbooks are compared section by section across cities, so every playbook has the same sections in ' +
        'the same order.',
      es:
        'Las guías prácticas se comparan sección por sección entre ciudades, así que todas tienen las mismas ' +
        'secciones en el mismo orden.',
    },
    fix: {
      en: 'Use the sections of templates/playbook.md, in its order; make other headings "###" inside one of them.',
      es:
        'Usa las secciones de templates/playbook.md, en su orden; convierte otros encabezados en "###" dentro' +
        ' de una de ellas.',
    },
  },
  'cross-reference': {
    scope: 'files',
    refuses: {
      en: 'A reference to a city, organisation, playbook or doc that does not exist.',
      es: 'Una referencia a una ciudad, organización, guía práctica o documento que no existe.',
    },
    why: {
      en: 'A broken reference would show an empty or wrong link.',
      es: 'Una referencia rota mostraría un enlace vacío o equivocado.',
    },
    fix: {
      en: 'Use the slug or path of an existing entry (file name without extension).',
      es: 'Usa el slug o la ruta de una entrada existente (nombre de archivo sin extensión).',
    },
  },
  'broken-link': {
    scope: 'files',
    refuses: {
      en: 'A relative link or image in Markdown to a file that does not exist.',
      es: 'Un enlace o imagen relativa en Markdown hacia un archivo que no existe.',
    },
    why: {
      en: 'The build refuses broken links anyway; this says where, with the file and line.',
      es: 'La compilación rechaza igualmente los enlaces rotos; esto dice dónde, con archivo y línea.',
    },
    fix: {
      en: "Correct the path, or link to the page's address (e.g. /directory/chicago).",
      es: 'Corrige la ruta o enlaza a la dirección de la página (p. ej. /directory/chicago).',
    },
  },
  'duplicate-id': {
    scope: 'files',
    refuses: {
      en: 'Two collections with the same id.',
      es: 'Dos colecciones con el mismo id.',
    },
    why: {
      en: "The id becomes the collection's anchor; two with one id would make one unreachable.",
      es: 'El id se convierte en el ancla de la colección; dos con el mismo id dejarían una inaccesible.',
    },
    fix: {
      en: 'Give every collection its own id.',
      es: 'Da a cada colección su propio id.',
    },
  },
  'duplicate-category': {
    scope: 'files',
    refuses: {
      en: 'Two _category_ files in one folder (for example _category_.json and _category_.yml).',
      es: 'Dos archivos _category_ en una carpeta (por ejemplo _category_.json y _category_.yml).',
    },
    why: {
      en: 'Docusaurus reads only one of them, so the other would change nothing without saying so.',
      es: 'Docusaurus lee solo uno, así que el otro no cambiaría nada sin decirlo.',
    },
    fix: {
      en: 'Keep one _category_ file per folder.',
      es: 'Deja un solo archivo _category_ por carpeta.',
    },
  },
  'front-matter-language': {
    scope: 'files',
    refuses: {
      en: 'Front matter opened with a language tag ("---js" or similar).',
      es: 'Una cabecera abierta con una etiqueta de lenguaje ("---js" o similar).',
    },
    why: {
      en: 'With a language tag the build runs the front matter as code.',
      es: 'Con una etiqueta de lenguaje la compilación ejecuta la cabecera como código.',
    },
    fix: {
      en: 'Write the first line as a bare --- and the front matter as YAML.',
      es: 'Escribe la primera línea como --- sin más y la cabecera en YAML.',
    },
  },
  'markdown-limit': {
    scope: 'files',
    refuses: {
      en:
        'Markdown shapes that the parser reads in more than linear time, or that crash it (very deep nesting,' +
        ' very long runs of markers).',
      es:
        'Formas de Markdown que el analizador lee en más que tiempo lineal o que lo hacen fallar (anidamiento' +
        ' muy profundo, series muy largas de marcadores).',
    },
    why: {
      en: 'One file must not be able to stall or crash the build or the form (safety rule 10).',
      es: 'Un solo archivo no debe poder bloquear o romper la compilación ni el formulario (regla de seguridad 10).',
    },
    fix: {
      en: 'Simplify the Markdown as the message says (fewer nesting levels, shorter runs).',
      es: 'Simplifica el Markdown como dice el mensaje (menos niveles de anidamiento, series más cortas).',
    },
  },
  directive: {
    scope: 'files',
    refuses: {
      en:
        'Directive syntax other than the Docusaurus admonitions (:::note, :::tip, :::info, :::warning, :::danger,' +
        ' :::caution and the like): leaf directives (::name), other ::: blocks, and attributes in curly brackets;' +
        ' in organisation descriptions and summaries, every directive.',
      es:
        'Sintaxis de directivas distinta de las advertencias de Docusaurus (:::note, :::tip, :::info, :::warning,' +
        ' :::danger, :::caution y similares): directivas de hoja (::nombre), otros bloques ::: y atributos entre' +
        ' llaves; en las descripciones y resúmenes de organizaciones, toda directiva.',
    },
    why: {
      en:
        'Text inside a directive is read one way by the checks and can be rendered another way on the page, and' +
        ' some directive shapes make the parser slow; no content needs them.',
      es:
        'El texto dentro de una directiva lo leen de un modo las comprobaciones y puede mostrarse de otro en la' +
        ' página, y algunas formas hacen lento al analizador; ningún contenido las necesita.',
    },
    fix: {
      en: 'Write plain Markdown, or an admonition such as :::note … ::: without attributes.',
      es: 'Escribe Markdown simple, o una advertencia como :::note … ::: sin atributos.',
    },
  },
  'prose-image': {
    scope: 'files',
    refuses: {
      en: 'Images in an organisation description, summary or city policy summary.',
      es: 'Imágenes en la descripción o el resumen de una organización, o en el resumen de la política de una ciudad.',
    },
    why: {
      en:
        'These fields are text on directory pages; an image there could load from another site or carry a' +
        ' number that the checks cannot read.',
      es:
        'Estos campos son texto en las páginas del directorio; una imagen podría cargarse desde otro sitio o' +
        ' llevar un número que las comprobaciones no pueden leer.',
    },
    fix: {
      en: 'Remove the image; describe in words what it showed.',
      es: 'Quita la imagen; describe con palabras lo que mostraba.',
    },
  },
  'duplicate-entry': {
    scope: 'files',
    refuses: {
      en:
        'Warns when an organisation shares its name (in the same city) or a contact value (web address, e-mail,' +
        ' phone number, Signal) with another entry.',
      es:
        'Avisa cuando una organización comparte su nombre (en la misma ciudad) o un dato de contacto (dirección' +
        ' web, correo, teléfono, Signal) con otra entrada.',
    },
    why: {
      en: 'A second entry for the same organisation can replace its hotline without its maintainers seeing it.',
      es: 'Una segunda entrada de la misma organización puede sustituir su línea sin que la vean sus mantenedores.',
    },
    fix: {
      en:
        'Update the existing entry instead, or, if they are different organisations, make sure each contact is' +
        " really its own; the existing entry's maintainers are asked to review.",
      es:
        'Actualiza la entrada existente; si son organizaciones distintas, comprueba que cada contacto sea' +
        ' realmente suyo; se pide revisión a los mantenedores de la entrada existente.',
    },
  },
  'raw-html': {
    scope: 'files',
    refuses: {
      en: 'Raw HTML in Markdown.',
      es: 'HTML sin procesar en Markdown.',
    },
    why: {
      en: 'HTML can run scripts, load trackers or hide text; contributed content is untrusted (safety rule 2).',
      es:
        'El HTML puede ejecutar scripts, cargar rastreadores u ocultar texto; el contenido aportado no es de ' +
        'confianza (regla de seguridad 2).',
    },
    fix: {
      en: 'Use Markdown instead of HTML (emphasis, lists, links, tables).',
      es: 'Usa Markdown en lugar de HTML (énfasis, listas, enlaces, tablas).',
    },
  },
  'site-alias': {
    scope: 'files',
    refuses: {
      en: "A link or image that reaches into the site's source with @site/.",
      es: 'Un enlace o imagen que entra en el código del sitio con @site/.',
    },
    why: {
      en: 'It would let content read or publish any file of the repository (safety rule 3).',
      es: 'Permitiría que el contenido lea o publique cualquier archivo del repositorio (regla de seguridad 3).',
    },
    fix: {
      en: "Link to the page's address, or put the image beside the Markdown file.",
      es: 'Enlaza a la dirección de la página o pon la imagen junto al archivo Markdown.',
    },
  },
  'path-escape': {
    scope: 'files',
    refuses: {
      en: 'A link or image path that climbs out of the content with "..".',
      es: 'Una ruta de enlace o imagen que sale del contenido con "..".',
    },
    why: {
      en: 'Content must not reach files outside its own folder (safety rule 3).',
      es: 'El contenido no debe alcanzar archivos fuera de su propia carpeta (regla de seguridad 3).',
    },
    fix: {
      en: 'Link to the page itself, e.g. /directory/chicago.',
      es: 'Enlaza a la propia página, p. ej. /directory/chicago.',
    },
  },
  'link-scheme': {
    scope: 'files',
    refuses: {
      en: 'A link with a scheme other than https: (javascript:, data:, file:…) or that starts with a backslash.',
      es:
        'Un enlace con un esquema distinto de https: (javascript:, data:, file:…) o que empieza con una barra' +
        ' invertida.',
    },
    why: {
      en: 'Such links run code or lead somewhere other than they seem (safety rule 3).',
      es: 'Esos enlaces ejecutan código o llevan a otro sitio del que parecen (regla de seguridad 3).',
    },
    fix: {
      en: 'Link with https:// to a public page, or to a page of this site.',
      es: 'Enlaza con https:// a una página pública, o a una página de este sitio.',
    },
  },
  'insecure-link': {
    scope: 'files',
    refuses: {
      en: 'A link with http: instead of https:.',
      es: 'Un enlace con http: en lugar de https:.',
    },
    why: {
      en: 'An unencrypted link can be read and changed on the way, and shows who reads what.',
      es: 'Un enlace sin cifrar puede leerse y alterarse por el camino, y muestra quién lee qué.',
    },
    fix: {
      en: 'Use the https:// address of the page.',
      es: 'Usa la dirección https:// de la página.',
    },
  },
  'bad-url': {
    scope: 'files',
    refuses: {
      en: 'A link that is not a valid address (often a stray % sign).',
      es: 'Un enlace que no es una dirección válida (a menudo un signo % suelto).',
    },
    why: {
      en: 'The link would not work, or would lead somewhere unexpected.',
      es: 'El enlace no funcionaría o llevaría a un lugar inesperado.',
    },
    fix: {
      en: 'Write % as %25 in addresses, or remove the link.',
      es: 'Escribe % como %25 en las direcciones, o quita el enlace.',
    },
  },
  'contact-in-prose': {
    scope: 'files',
    refuses: {
      en: 'A tel: or mailto: link, or a contact address, in prose.',
      es: 'Un enlace tel: o mailto:, o una dirección de contacto, en el texto.',
    },
    why: {
      en: "Contacts belong in an organisation's channels, where they are checked and kept current (safety rule 5).",
      es:
        'Los contactos van en los canales de una organización, donde se revisan y se mantienen al día (regla ' +
        'de seguridad 5).',
    },
    fix: {
      en: "Link to the organisation's directory page instead, e.g. /directory/<city>/<org>.",
      es: 'Enlaza en su lugar a la página del directorio de la organización, p. ej. /directory/<ciudad>/<org>.',
    },
  },
  'link-text-host': {
    scope: 'files',
    refuses: {
      en: 'A link whose text shows one address or host but which leads to another.',
      es: 'Un enlace cuyo texto muestra una dirección o un host pero lleva a otro.',
    },
    why: {
      en: 'Readers trust the address they see; a mismatch is a classic way to send them to a fake page.',
      es:
        'Quien lee confía en la dirección que ve; la diferencia es una forma clásica de llevarle a una página' +
        ' falsa.',
    },
    fix: {
      en: 'Make the link text and the address the same, or write words rather than an address as the text.',
      es:
        'Haz que el texto del enlace y la dirección coincidan, o usa palabras en lugar de una dirección como ' +
        'texto.',
    },
  },
  'remote-image': {
    scope: 'files',
    refuses: {
      en: 'An image loaded from another site.',
      es: 'Una imagen cargada desde otro sitio.',
    },
    why: {
      en: 'A remote image tells that site who reads the page, and can change after review (safety rule 6).',
      es:
        'Una imagen remota le dice a ese sitio quién lee la página, y puede cambiar después de la revisión ' +
        '(regla de seguridad 6).',
    },
    fix: {
      en: 'Put the image in the repository beside the file, or remove it.',
      es: 'Pon la imagen en el repositorio junto al archivo, o quítala.',
    },
  },
  'chat-invite': {
    scope: 'files',
    refuses: {
      en:
        'A chat invite or meeting link (WhatsApp, Signal groups, Telegram, Discord, Slack, Zoom…), anywhere, ' +
        'even behind a redirect.',
      es:
        'Un enlace de invitación a un chat o reunión (WhatsApp, grupos de Signal, Telegram, Discord, Slack, ' +
        'Zoom…), en cualquier lugar, incluso tras una redirección.',
    },
    why: {
      en: 'A published invite lets infiltrators into alert channels (safety rule 4).',
      es: 'Una invitación publicada deja entrar a infiltrados en los canales de alerta (regla de seguridad 4).',
    },
    fix: {
      en: "Remove it; say how to ask to join (for example through the organisation's e-mail channel).",
      es: 'Quítala; di cómo pedir unirse (por ejemplo por el canal de correo de la organización).',
    },
  },
  'url-user-info': {
    scope: 'files',
    refuses: {
      en: 'An address with a user name and an "@" before the host, which makes a known name appear first.',
      es: 'Una dirección con un nombre de usuario y una "@" antes del host, que hace aparecer primero un nombre conocido.',
    },
    why: {
      en: 'The browser opens the host after the "@", not the name a reader sees first.',
      es: 'El navegador abre el host que va después de "@", no el nombre que se lee primero.',
    },
    fix: {
      en: 'Write the address as the organisation publishes it: https:// followed directly by its own host.',
      es: 'Escribe la dirección como la publica la organización: https:// seguido directamente de su propio host.',
    },
  },
  'mixed-script-host': {
    scope: 'files',
    refuses: {
      en: 'A host name that mixes writing systems (for example Latin and Cyrillic letters).',
      es: 'Un nombre de host que mezcla sistemas de escritura (por ejemplo letras latinas y cirílicas).',
    },
    why: {
      en: 'Mixed scripts make a look-alike of a known host.',
      es: 'Mezclar escrituras crea una imitación de un host conocido.',
    },
    fix: {
      en: 'Type the address rather than copying it from a message.',
      es: 'Escribe la dirección en lugar de copiarla de un mensaje.',
    },
  },
  'look-alike-host': {
    scope: 'files',
    refuses: {
      en: 'A host name with a character that imitates another (a dotless ı, a fraction slash, a small capital…).',
      es:
        'Un nombre de host con un carácter que imita a otro (una ı sin punto, una barra de fracción, una ' +
        'versalita…).',
    },
    why: {
      en: 'It makes an address look like a known site while leading to another.',
      es: 'Hace que una dirección parezca la de un sitio conocido y lleve a otro.',
    },
    fix: {
      en: 'Type the address rather than copying it from a message.',
      es: 'Escribe la dirección en lugar de copiarla de un mensaje.',
    },
  },
  'ip-address-host': {
    scope: 'files',
    refuses: {
      en: 'An address whose host is an IPv4 or IPv6 address, in any spelling, instead of a host name.',
      es: 'Una dirección cuyo host es una dirección IPv4 o IPv6, escrita de cualquier forma, en lugar de un nombre.',
    },
    why: {
      en: 'An IP address names no organisation: nobody can tell whose machine it leads to.',
      es: 'Una dirección IP no nombra a ninguna organización: nadie puede saber a qué máquina lleva.',
    },
    fix: {
      en: 'Write the address with the host name the organisation publishes.',
      es: 'Escribe la dirección con el nombre de host que publica la organización.',
    },
  },
  'url-shortener': {
    scope: 'files',
    refuses: {
      en: 'An address on a link shortener service.',
      es: 'Una dirección en un servicio acortador de enlaces.',
    },
    why: {
      en: 'It hides the destination and can be repointed after review.',
      es: 'Oculta el destino y puede cambiarse después de la revisión.',
    },
    fix: {
      en: 'Write the full address of the page the link leads to.',
      es: 'Escribe la dirección completa de la página a la que lleva el enlace.',
    },
  },
  'phone-in-prose': {
    scope: 'files',
    refuses: {
      en: "A phone number in prose, in any country's format.",
      es: 'Un número de teléfono en el texto, en el formato de cualquier país.',
    },
    why: {
      en: "No personal data is published; contacts belong in an organisation's channels (safety rule 5).",
      es:
        'No se publican datos personales; los contactos van en los canales de una organización (regla de ' +
        'seguridad 5).',
    },
    fix: {
      en: 'Remove it; publish numbers only as a channel in directory/<city>/<org>.yml and link to that page.',
      es: 'Quítalo; publica números solo como canal en directory/<ciudad>/<org>.yml y enlaza a esa página.',
    },
  },
  'email-in-prose': {
    scope: 'files',
    refuses: {
      en: 'An e-mail address in prose.',
      es: 'Una dirección de correo en el texto.',
    },
    why: {
      en: "No personal data is published; contacts belong in an organisation's channels (safety rule 5).",
      es:
        'No se publican datos personales; los contactos van en los canales de una organización (regla de ' +
        'seguridad 5).',
    },
    fix: {
      en: 'Remove it; publish addresses only as an e-mail channel and link to the directory page.',
      es: 'Quítala; publica direcciones solo como canal de correo y enlaza a la página del directorio.',
    },
  },
  'street-address': {
    scope: 'files',
    refuses: {
      en:
        'Text that looks like a street address (a warning; an error in coverage areas, see street-address-in-' +
        'coverage).',
      es:
        'Un texto que parece una dirección postal (aviso; error en las zonas de cobertura, ver street-' +
        'address-in-coverage).',
    },
    why: {
      en: 'Home and meeting addresses put people at risk (safety rule 5).',
      es: 'Las direcciones de casas y lugares de reunión ponen a personas en riesgo (regla de seguridad 5).',
    },
    fix: {
      en: 'Name the neighbourhood instead; keep it only for a public office that wants to be found.',
      es: 'Nombra el barrio en su lugar; mantenla solo si es una oficina pública que quiere ser encontrada.',
    },
  },
  'street-address-in-coverage': {
    scope: 'files',
    refuses: {
      en: "A street address in an organisation's coverage area.",
      es: 'Una dirección postal en la zona de cobertura de una organización.',
    },
    why: {
      en:
        'Coverage says which area is served; an address there would point at a place where people can be ' +
        'found (safety rule 5).',
      es:
        'La cobertura dice qué zona se atiende; una dirección ahí señalaría un lugar donde se puede encontrar' +
        ' a personas (regla de seguridad 5).',
    },
    fix: {
      en: 'Name the area served (city, neighbourhoods, counties) instead.',
      es: 'Nombra la zona atendida (ciudad, barrios, condados) en su lugar.',
    },
  },
  'personal-data': {
    scope: 'files',
    refuses: {
      en: 'Personal data in blog authors (an e-mail, a phone number, a mailto: link).',
      es: 'Datos personales en los autores del blog (un correo, un teléfono, un enlace mailto:).',
    },
    why: {
      en: 'No personal data is published (safety rule 5).',
      es: 'No se publican datos personales (regla de seguridad 5).',
    },
    fix: {
      en: "Remove it; name the organisation or team rather than a person's contacts.",
      es: 'Quítalos; nombra la organización o el equipo en lugar de los contactos de una persona.',
    },
  },
  'invisible-character': {
    scope: 'files',
    refuses: {
      en: 'Invisible or text-direction control characters (zero-width spaces, right-to-left overrides…).',
      es:
        'Caracteres invisibles o de control de dirección del texto (espacios de ancho cero, inversiones de ' +
        'derecha a izquierda…).',
    },
    why: {
      en: 'They make text read differently from what it is and can hide a contact from the checks (safety rule 10).',
      es:
        'Hacen que el texto se lea distinto de lo que es y pueden ocultar un contacto a las comprobaciones ' +
        '(regla de seguridad 10).',
    },
    fix: {
      en: 'Retype the text without copying it from a source that adds hidden characters.',
      es: 'Vuelve a escribir el texto sin copiarlo de una fuente que añada caracteres ocultos.',
    },
  },
  'plain-text-markdown': {
    scope: 'files',
    refuses: {
      en:
        'Markdown block syntax (a heading, a list, a quote, a code fence, a link definition, an underline) in a ' +
        'field shown as plain text, such as a summary.',
      es:
        'Sintaxis de bloque de Markdown (un título, una lista, una cita, un bloque de código, una definición de ' +
        'enlace, un subrayado) en un campo que se muestra como texto plano, como un resumen.',
    },
    why: {
      en: 'The field is published exactly as written: the syntax would show, and could hide text from the checks.',
      es:
        'El campo se publica tal como está escrito: la sintaxis se vería y podría ocultar texto a las ' +
        'comprobaciones.',
    },
    fix: {
      en: 'Write plain sentences; put formatted text in the description.',
      es: 'Escribe frases sencillas; pon el texto con formato en la descripción.',
    },
  },
  'angle-bracket': {
    scope: 'files',
    refuses: {
      en: '< or > in plain-text fields that reach page metadata (titles, labels, descriptions).',
      es:
        '< o > en campos de texto simple que llegan a los metadatos de la página (títulos, etiquetas, ' +
        'descripciones).',
    },
    why: {
      en: "They could break out of the page's metadata and add markup.",
      es: 'Podrían salirse de los metadatos de la página y añadir marcado.',
    },
    fix: {
      en: 'Write "less than" / "more than", or remove the characters.',
      es: 'Escribe "menor que" / "mayor que", o quita los caracteres.',
    },
  },
  'phone-country': {
    scope: 'files',
    refuses: {
      en: "A phone number of another country than the city's, with no reason given.",
      es: 'Un número de teléfono de otro país que el de la ciudad, sin razón indicada.',
    },
    why: {
      en:
        "A number belongs to its city's country unless the entry says why not (safety rule 11); a wrong " +
        'country often means a wrong number.',
      es:
        'Un número pertenece al país de su ciudad salvo que la entrada diga por qué no (regla de seguridad ' +
        '11); un país equivocado suele ser un número equivocado.',
    },
    fix: {
      en: "Correct the number, or say why people in the city must call it in the channel's international field.",
      es: 'Corrige el número, o di en el campo international del canal por qué la gente de la ciudad debe llamarlo.',
    },
  },
  'phone-international-unneeded': {
    scope: 'files',
    refuses: {
      en: "An international reason on a number that belongs to the city's country.",
      es: 'Una razón internacional en un número que pertenece al país de la ciudad.',
    },
    why: {
      en: 'The page would wrongly warn that the call is international.',
      es: 'La página avisaría por error de que la llamada es internacional.',
    },
    fix: {
      en: 'Remove the international field.',
      es: 'Quita el campo international.',
    },
  },
  'reserved-value': {
    scope: 'files',
    refuses: {
      en: 'A reserved example value (an example.org/.com host, a 555-01XX number) in a real entry.',
      es: 'Un valor de ejemplo reservado (un host example.org/.com, un número 555-01XX) en una entrada real.',
    },
    why: {
      en: 'A reserved value reaches no one: the entry would list a contact that does not work.',
      es: 'Un valor reservado no llega a nadie: la entrada mostraría un contacto que no funciona.',
    },
    fix: {
      en: "Use the organisation's real contact, or mark a fictional starter entry with sample: true.",
      es: 'Usa el contacto real de la organización, o marca una entrada ficticia de ejemplo con sample: true.',
    },
  },
  'sample-real-value': {
    scope: 'files',
    refuses: {
      en: 'A sample entry (sample: true) whose contact is not a reserved example value.',
      es: 'Una entrada de ejemplo (sample: true) cuyo contacto no es un valor de ejemplo reservado.',
    },
    why: {
      en: 'A made-up number or address could reach a real person.',
      es: 'Un número o dirección inventados podrían llegar a una persona real.',
    },
    fix: {
      en: 'Use reserved example values only (example.org hosts, 555-0100 to 555-0199 numbers).',
      es: 'Usa solo valores de ejemplo reservados (hosts example.org, números 555-0100 a 555-0199).',
    },
  },
  'personal-mailbox': {
    scope: 'files',
    refuses: {
      en: 'An e-mail channel on a personal mailbox provider (a warning).',
      es: 'Un canal de correo en un proveedor de buzones personales (aviso).',
    },
    why: {
      en: 'A personal mailbox usually belongs to one person, who would be exposed (safety rule 5).',
      es: 'Un buzón personal suele pertenecer a una sola persona, que quedaría expuesta (regla de seguridad 5).',
    },
    fix: {
      en: "Prefer an address on the organisation's own domain or a shared role mailbox.",
      es: 'Prefiere una dirección en el dominio propio de la organización o un buzón compartido de función.',
    },
  },
  'named-person-address': {
    scope: 'files',
    refuses: {
      en: "An e-mail channel that looks like a named person's address (a warning).",
      es: 'Un canal de correo que parece la dirección de una persona con nombre (aviso).',
    },
    why: {
      en: "Publishing a person's address exposes them (safety rule 5).",
      es: 'Publicar la dirección de una persona la expone (regla de seguridad 5).',
    },
    fix: {
      en: 'Use a role address (info@, help@…) shared by the team.',
      es: 'Usa una dirección de función (info@, ayuda@…) compartida por el equipo.',
    },
  },
  'future-date': {
    scope: 'files',
    refuses: {
      en: 'A verification or consent date in the future.',
      es: 'Una fecha de verificación o de consentimiento en el futuro.',
    },
    why: {
      en: 'These dates say when something really happened; a future date would hide that an entry is out of date.',
      es:
        'Estas fechas dicen cuándo pasó algo de verdad; una fecha futura ocultaría que una entrada está ' +
        'desactualizada.',
    },
    fix: {
      en: 'Use the date on which the details were checked, or on which the organisation agreed to be listed.',
      es: 'Usa la fecha en que se revisaron los datos, o en que la organización aceptó aparecer.',
    },
  },
  stale: {
    scope: 'files',
    refuses: {
      en: 'An entry not verified for longer than its review period (a warning).',
      es: 'Una entrada no verificada durante más tiempo que su periodo de revisión (aviso).',
    },
    why: {
      en: 'People in need call the numbers listed; an old entry may send them nowhere.',
      es:
        'Las personas que necesitan ayuda llaman a los números publicados; una entrada vieja puede no ' +
        'llevarlas a ninguna parte.',
    },
    fix: {
      en: 'Confirm every channel with the organisation, then update verified.date and verified.method.',
      es: 'Confirma cada canal con la organización y actualiza verified.date y verified.method.',
    },
  },
  tombstoned: {
    scope: 'files',
    refuses: {
      en: 'An organisation that was removed and must not be listed again.',
      es: 'Una organización que fue retirada y no debe volver a aparecer.',
    },
    why: {
      en: "Removals are often made for someone's safety; an entry must not come back by accident.",
      es: 'Las retiradas se hacen a menudo por la seguridad de alguien; una entrada no debe volver por accidente.',
    },
    fix: {
      en:
        'Delete the file; if the organisation asks to come back, a maintainer changes the tombstone list in a' +
        ' separate reviewed pull request.',
      es:
        'Borra el archivo; si la organización pide volver, una persona de mantenimiento cambia la lista de ' +
        'retiradas en un pull request aparte y revisado.',
    },
  },
  'unknown-author': {
    scope: 'files',
    refuses: {
      en: 'A blog post author that is not a key of blog/authors.yml.',
      es: 'Un autor de entrada de blog que no es una clave de blog/authors.yml.',
    },
    why: {
      en: "Authors are listed once, without personal data; a free-text name could be a person's.",
      es: 'Los autores se listan una vez, sin datos personales; un nombre libre podría ser el de una persona.',
    },
    fix: {
      en: "Use a key of blog/authors.yml, never a person's name.",
      es: 'Usa una clave de blog/authors.yml, nunca el nombre de una persona.',
    },
  },
  'unknown-tag': {
    scope: 'files',
    refuses: {
      en: 'A blog post tag that is not a key of blog/tags.yml.',
      es: 'Una etiqueta de entrada de blog que no es una clave de blog/tags.yml.',
    },
    why: {
      en: 'Tags are a fixed, translated list; an unknown tag would make an untranslated page.',
      es: 'Las etiquetas son una lista fija y traducida; una etiqueta desconocida crearía una página sin traducir.',
    },
    fix: {
      en: 'Use a key of blog/tags.yml, or add the tag there.',
      es: 'Usa una clave de blog/tags.yml, o añade allí la etiqueta.',
    },
  },
  'i18n-layout': {
    scope: 'files',
    refuses: {
      en: 'A file in i18n/ outside a locale folder, or of a kind Docusaurus does not read from there.',
      es: 'Un archivo en i18n/ fuera de una carpeta de idioma, o de un tipo que Docusaurus no lee desde allí.',
    },
    why: {
      en: 'Such a file would change nothing, while a reviewer might believe it does.',
      es: 'Ese archivo no cambiaría nada, aunque quien revisa podría creer que sí.',
    },
    fix: {
      en: 'Move the file to i18n/<locale>/, or translate the text where the message says.',
      es: 'Mueve el archivo a i18n/<idioma>/, o traduce el texto donde indica el mensaje.',
    },
  },
  'i18n-locale': {
    scope: 'files',
    refuses: {
      en: 'A folder in i18n/ for a locale the site does not publish.',
      es: 'Una carpeta en i18n/ para un idioma que el sitio no publica.',
    },
    why: {
      en: 'Its files would never be checked or shown.',
      es: 'Sus archivos nunca se revisarían ni se mostrarían.',
    },
    fix: {
      en: 'Use the folder of a published locale, or add the locale first (docs/guides/translating.md).',
      es: 'Usa la carpeta de un idioma publicado, o añade antes el idioma (docs/guides/translating.md).',
    },
  },
  'default-locale-copy': {
    scope: 'files',
    refuses: {
      en: 'A file in i18n/en/.',
      es: 'Un archivo en i18n/en/.',
    },
    why: {
      en:
        'It would silently replace what the English site publishes, out of sight of the English file a ' +
        'reviewer reads.',
      es:
        'Reemplazaría en silencio lo que publica el sitio en inglés, fuera de la vista del archivo inglés que' +
        ' se revisa.',
    },
    fix: {
      en: 'Delete the copy and make the change in the English file itself.',
      es: 'Borra la copia y haz el cambio en el propio archivo inglés.',
    },
  },
  'translation-orphan': {
    scope: 'files',
    refuses: {
      en: 'A translation whose English original does not exist.',
      es: 'Una traducción cuyo original en inglés no existe.',
    },
    why: {
      en: 'A translation is published only beside its original; an orphan would be a page no one reviews in English.',
      es:
        'Una traducción se publica solo junto a su original; una huérfana sería una página que nadie revisa ' +
        'en inglés.',
    },
    fix: {
      en: 'Put the translation at the same path as its original, or remove it if the original was removed.',
      es: 'Pon la traducción en la misma ruta que su original, o bórrala si el original se retiró.',
    },
  },
  'translation-of': {
    scope: 'files',
    refuses: {
      en: 'A translation whose translation_of does not name its original.',
      es: 'Una traducción cuyo translation_of no nombra su original.',
    },
    why: {
      en: 'Readers and maintainers follow it back to the English text.',
      es: 'Lectores y mantenedores lo siguen hasta el texto en inglés.',
    },
    fix: {
      en: "Set translation_of to the original's path, as the message gives it.",
      es: 'Pon en translation_of la ruta del original, como la da el mensaje.',
    },
  },
  'translation-outdated': {
    scope: 'files',
    refuses: {
      en: 'A translation made from an older revision of its original (a warning).',
      es: 'Una traducción hecha a partir de una revisión anterior de su original (aviso).',
    },
    why: {
      en: 'The original changed; the translation may now say something else, a risk with safety advice.',
      es: 'El original cambió; la traducción puede decir ahora otra cosa, un riesgo en consejos de seguridad.',
    },
    fix: {
      en:
        'Update the translation (git diff shows what changed), then set translated_from_revision to the ' +
        'revision the message gives.',
      es:
        'Actualiza la traducción (git diff muestra qué cambió) y pon en translated_from_revision la revisión ' +
        'que da el mensaje.',
    },
  },
  'translation-front-matter': {
    scope: 'files',
    refuses: {
      en: 'A translation that repeats a fact of its original in its front matter (dates, cities, topics…).',
      es: 'Una traducción que repite en su cabecera un dato de su original (fechas, ciudades, temas…).',
    },
    why: {
      en: 'A fact is kept in one place, so a translation cannot contradict its original.',
      es: 'Un dato se guarda en un solo lugar, para que una traducción no contradiga a su original.',
    },
    fix: {
      en: 'Remove the key (change it in the original if it is wrong).',
      es: 'Quita la clave (cámbiala en el original si está mal).',
    },
  },
  'translation-keys': {
    scope: 'files',
    refuses: {
      en: 'A translated _category_ or data file that lacks keys of its original.',
      es: 'Un archivo _category_ o de datos traducido al que le faltan claves de su original.',
    },
    why: {
      en: 'A translation replaces the whole file, so a missing key would drop a setting in that language.',
      es: 'Una traducción reemplaza el archivo entero, así que una clave que falta quitaría un ajuste en ese idioma.',
    },
    fix: {
      en: 'Copy every entry of the original and translate only its labels, names, titles and descriptions.',
      es: 'Copia cada entrada del original y traduce solo sus etiquetas, nombres, títulos y descripciones.',
    },
  },
  'same-as-english': {
    scope: 'files',
    refuses: {
      en: 'An id in same-as-english.json that is not a message of the locale (a warning).',
      es: 'Un id en same-as-english.json que no es un mensaje del idioma (aviso).',
    },
    why: {
      en: 'The list says which messages are English on purpose; a wrong id hides nothing and misleads.',
      es: 'La lista dice qué mensajes están en inglés a propósito; un id equivocado no oculta nada y confunde.',
    },
    fix: {
      en: 'Remove the line, or correct the file name and message id (as in "code.json#home.title").',
      es: 'Quita la línea, o corrige el nombre de archivo y el id del mensaje (como en "code.json#home.title").',
    },
  },
  'form-empty': {
    scope: 'form',
    refuses: {
      en: 'A required question of the listing form left empty.',
      es: 'Una pregunta obligatoria del formulario de alta dejada vacía.',
    },
    why: {
      en: 'The bot writes the entry from the answers; an empty answer makes an incomplete entry.',
      es: 'El bot escribe la entrada a partir de las respuestas; una respuesta vacía da una entrada incompleta.',
    },
    fix: {
      en: 'Edit the issue and answer the question.',
      es: 'Edita el issue y responde la pregunta.',
    },
  },
  'form-invalid-name': {
    scope: 'form',
    refuses: {
      en: 'A city folder or organisation file name in the form that is not a slug.',
      es: 'Una carpeta de ciudad o un nombre de archivo de organización en el formulario que no es un slug.',
    },
    why: {
      en: 'The answer becomes a path in the repository and a page address.',
      es: 'La respuesta se convierte en una ruta del repositorio y una dirección de página.',
    },
    fix: {
      en: 'Use lowercase letters, digits and single hyphens.',
      es: 'Usa minúsculas, cifras y guiones simples.',
    },
  },
  'form-channel-line': {
    scope: 'form',
    refuses: {
      en: 'A channel line in the form that is not "kind | audience | value".',
      es: 'Una línea de canal en el formulario que no es "tipo | público | valor".',
    },
    why: {
      en: 'The bot must read each channel exactly, or it would publish a wrong contact.',
      es: 'El bot debe leer cada canal con exactitud, o publicaría un contacto equivocado.',
    },
    fix: {
      en: 'Write one channel per line, e.g. hotline | need-help | the number | Mo-Fr 09:00-17:00.',
      es: 'Escribe un canal por línea, p. ej. hotline | need-help | el número | Mo-Fr 09:00-17:00.',
    },
  },
  'form-consent': {
    scope: 'form',
    refuses: {
      en: 'A listing request in which not every consent box is ticked.',
      es: 'Una solicitud de alta en la que no están marcadas todas las casillas de consentimiento.',
    },
    why: {
      en: 'An organisation is listed only with its agreement and without personal data.',
      es: 'Una organización aparece solo con su acuerdo y sin datos personales.',
    },
    fix: {
      en: 'Edit the issue and tick each box.',
      es: 'Edita el issue y marca cada casilla.',
    },
  },
  'form-invisible': {
    scope: 'form',
    refuses: {
      en: 'Invisible or text-direction control characters in a form answer.',
      es: 'Caracteres invisibles o de control de dirección del texto en una respuesta del formulario.',
    },
    why: {
      en: 'They make the answer read differently from what it is.',
      es: 'Hacen que la respuesta se lea distinto de lo que es.',
    },
    fix: {
      en: 'Retype the answer without copying it from a source that adds hidden characters.',
      es: 'Vuelve a escribir la respuesta sin copiarla de una fuente que añada caracteres ocultos.',
    },
  },
  'form-code-block': {
    scope: 'form',
    refuses: {
      en: 'A code block (any fence, with or without an info string, or indented lines) in a form answer.',
      es: 'Un bloque de código (cualquier cerco, con o sin tipo, o líneas sangradas) en una respuesta del formulario.',
    },
    why: {
      en:
        'GitHub draws some code blocks as a map, diagram or formula, which hides the contact from the maintainer' +
        ' who approves the submission.',
      es:
        'GitHub dibuja algunos bloques de código como un mapa, un diagrama o una fórmula, lo que oculta el' +
        ' contacto a quien aprueba el envío.',
    },
    fix: {
      en: 'Write each channel as a plain line, without ``` or ~~~ and without indenting it.',
      es: 'Escribe cada canal como una línea simple, sin ``` ni ~~~ y sin sangría.',
    },
  },
  'form-html': {
    scope: 'form',
    refuses: {
      en: 'HTML in a form answer (comments, <details>, tags).',
      es: 'HTML en una respuesta del formulario (comentarios, <details>, etiquetas).',
    },
    why: {
      en: 'GitHub hides it or shows it differently, so the maintainer who approves would not read what the bot writes.',
      es: 'GitHub lo oculta o lo muestra de otra manera, así que quien aprueba no leería lo que escribe el bot.',
    },
    fix: {
      en: 'Edit the issue and write the answer as plain text.',
      es: 'Edita el issue y escribe la respuesta como texto simple.',
    },
  },
  'form-markup': {
    scope: 'form',
    refuses: {
      en: 'Markdown in a form answer: formatting, links, lists, headings, tables, escapes, entities or math.',
      es:
        'Markdown en una respuesta del formulario: formato, enlaces, listas, títulos, tablas, escapes, ' +
        'entidades o matemáticas.',
    },
    why: {
      en: 'GitHub shows it differently from the text the bot would write into the file.',
      es: 'GitHub lo muestra de otra manera que el texto que el bot escribiría en el archivo.',
    },
    fix: {
      en: 'Edit the issue and write the answer as plain text.',
      es: 'Edita el issue y escribe la respuesta como texto simple.',
    },
  },
  'form-extra-text': {
    scope: 'form',
    refuses: {
      en: 'Text in the issue before the first question.',
      es: 'Texto en el issue antes de la primera pregunta.',
    },
    why: {
      en: 'The bot reads only the answers, so maintainers would approve text the bot ignores.',
      es: 'El bot lee solo las respuestas, así que se aprobaría un texto que el bot ignora.',
    },
    fix: {
      en: 'Remove the text above the first "###" question.',
      es: 'Quita el texto que hay encima de la primera pregunta "###".',
    },
  },
  'form-unknown-question': {
    scope: 'form',
    refuses: {
      en: 'A "###" heading in the issue that is not one of the form\'s questions.',
      es: 'Un encabezado "###" en el issue que no es una de las preguntas del formulario.',
    },
    why: {
      en: 'An answer under an unknown heading would be ignored, or read as part of another answer.',
      es: 'Una respuesta bajo un encabezado desconocido se ignoraría o se leería como parte de otra respuesta.',
    },
    fix: {
      en: "Restore the question's heading as the form wrote it, or remove the extra heading.",
      es: 'Restaura el encabezado de la pregunta como lo escribió el formulario, o quita el encabezado de más.',
    },
  },
  'form-repeated-question': {
    scope: 'form',
    refuses: {
      en: 'A question of the form asked twice in the issue.',
      es: 'Una pregunta del formulario que aparece dos veces en el issue.',
    },
    why: {
      en: 'The bot could not tell which answer is meant.',
      es: 'El bot no podría saber qué respuesta es la buena.',
    },
    fix: {
      en: 'Keep one answer and delete the other.',
      es: 'Deja una respuesta y borra la otra.',
    },
  },
  'form-missing-question': {
    scope: 'form',
    refuses: {
      en: 'A question of the form whose "###" heading was removed or changed.',
      es: 'Una pregunta del formulario cuyo encabezado "###" se quitó o cambió.',
    },
    why: {
      en: 'The bot finds answers by their headings.',
      es: 'El bot encuentra las respuestas por sus encabezados.',
    },
    fix: {
      en: 'Put back the heading followed by the answer (or _No response_).',
      es: 'Vuelve a poner el encabezado seguido de la respuesta (o _No response_).',
    },
  },
  'form-edited-after-approval': {
    scope: 'form',
    refuses: {
      en: 'An issue edited after a maintainer added the approved label.',
      es: 'Un issue editado después de que una persona de mantenimiento añadiera la etiqueta approved.',
    },
    why: {
      en: 'The text approved would not be the text the bot reads.',
      es: 'El texto aprobado no sería el texto que lee el bot.',
    },
    fix: {
      en: 'A maintainer reads the issue again, then removes and re-adds the approved label.',
      es: 'Una persona de mantenimiento vuelve a leer el issue y quita y vuelve a poner la etiqueta approved.',
    },
  },
  'mapping-column': {
    scope: 'import',
    refuses: {
      en: 'A column named in the import mapping that the file does not have.',
      es: 'Una columna nombrada en el mapeo de importación que el archivo no tiene.',
    },
    why: {
      en: 'Every value written must come from a known cell; a missing column would leave fields silently empty.',
      es:
        'Cada valor escrito debe venir de una celda conocida; una columna que falta dejaría campos vacíos sin' +
        ' avisar.',
    },
    fix: {
      en: "Change the mapping to one of the file's headers (the message lists them).",
      es: 'Cambia el mapeo a una de las cabeceras del archivo (el mensaje las lista).',
    },
  },
  city: {
    scope: 'import',
    refuses: {
      en: 'A row that names no city.',
      es: 'Una fila que no nombra ninguna ciudad.',
    },
    why: {
      en: 'Every organisation belongs to a city folder.',
      es: 'Toda organización pertenece a una carpeta de ciudad.',
    },
    fix: {
      en: 'Map a city column (city: in the mapping), fill the cell, or set defaults.city.',
      es: 'Mapea una columna de ciudad (city: en el mapeo), rellena la celda o pon defaults.city.',
    },
  },
  'city-not-found': {
    scope: 'import',
    refuses: {
      en: 'A city name the import cannot match to a place.',
      es: 'Un nombre de ciudad que la importación no puede asociar a un lugar.',
    },
    why: {
      en: 'The city gives the folder, country and time zone; a guess could put contacts in the wrong place.',
      es:
        'La ciudad da la carpeta, el país y la zona horaria; adivinarla podría poner contactos en el lugar ' +
        'equivocado.',
    },
    fix: {
      en: 'Map the name to a city slug with city.values in the mapping.',
      es: 'Asocia el nombre a un slug de ciudad con city.values en el mapeo.',
    },
  },
  'city-ambiguous': {
    scope: 'import',
    refuses: {
      en: 'A city name that matches two different places, or a folder that would hold two.',
      es: 'Un nombre de ciudad que corresponde a dos lugares distintos, o una carpeta que contendría dos.',
    },
    why: {
      en: 'The import never guesses a place (safety rule 11).',
      es: 'La importación nunca adivina un lugar (regla de seguridad 11).',
    },
    fix: {
      en: 'Map one of the two to another slug with city.values in the mapping.',
      es: 'Asocia uno de los dos a otro slug con city.values en el mapeo.',
    },
  },
  country: {
    scope: 'import',
    refuses: {
      en: "A row whose country is missing, unknown or not the city's.",
      es: 'Una fila cuyo país falta, es desconocido o no es el de la ciudad.',
    },
    why: {
      en: "Phone numbers are read in the city's country; a wrong country would change the numbers.",
      es: 'Los números de teléfono se leen en el país de la ciudad; un país equivocado cambiaría los números.',
    },
    fix: {
      en: 'Write an ISO 3166-1 alpha-2 country code, or correct the city.',
      es: 'Escribe un código de país ISO 3166-1 alfa-2, o corrige la ciudad.',
    },
  },
  slug: {
    scope: 'import',
    refuses: {
      en: 'A row from which no valid slug (or city slug) can be made.',
      es: 'Una fila de la que no se puede obtener un slug (o slug de ciudad) válido.',
    },
    why: {
      en: 'The slug is the file name and page address.',
      es: 'El slug es el nombre de archivo y la dirección de la página.',
    },
    fix: {
      en: 'Give a slug column or a name; use lowercase letters, digits and hyphens.',
      es: 'Da una columna de slug o un nombre; usa minúsculas, cifras y guiones.',
    },
  },
  'duplicate-row': {
    scope: 'import',
    refuses: {
      en: 'Two rows that make the same slug.',
      es: 'Dos filas que producen el mismo slug.',
    },
    why: {
      en: 'One would overwrite the other without saying so.',
      es: 'Una sobrescribiría a la otra sin avisar.',
    },
    fix: {
      en: 'Give one row another slug, or set duplicates: suffix-city in the mapping when the cities differ.',
      es: 'Da otro slug a una de las filas, o pon duplicates: suffix-city en el mapeo si las ciudades son distintas.',
    },
  },
  exists: {
    scope: 'import',
    refuses: {
      en: 'A row for an organisation that already has an entry.',
      es: 'Una fila de una organización que ya tiene una entrada.',
    },
    why: {
      en: 'An import never overwrites a reviewed entry silently.',
      es: 'Una importación nunca sobrescribe en silencio una entrada revisada.',
    },
    fix: {
      en: 'Run the import with --update to rewrite its changed fields, or import into an empty --out folder.',
      es:
        'Ejecuta la importación con --update para reescribir los campos cambiados, o importa en una carpeta ' +
        '--out vacía.',
    },
  },
  moved: {
    scope: 'import',
    refuses: {
      en: 'A row that puts an existing organisation in another city.',
      es: 'Una fila que pone una organización existente en otra ciudad.',
    },
    why: {
      en: 'Moving an entry changes its page address and its reviewers; it is a change a person makes.',
      es: 'Mover una entrada cambia su dirección de página y quién la revisa; es un cambio que hace una persona.',
    },
    fix: {
      en: "Correct the row's city, or move the file by hand in a reviewed pull request.",
      es: 'Corrige la ciudad de la fila, o mueve el archivo a mano en un pull request revisado.',
    },
  },
  'summary-length': {
    scope: 'import',
    refuses: {
      en: 'An imported description longer than a summary may be (280 characters).',
      es: 'Una descripción importada más larga de lo que puede ser un resumen (280 caracteres).',
    },
    why: {
      en: 'Cutting it would change its meaning without saying so.',
      es: 'Cortarla cambiaría su sentido sin avisar.',
    },
    fix: {
      en: 'Shorten the description in the source, or give a summary with defaults.summary in the mapping.',
      es: 'Acorta la descripción en la fuente, o da un resumen con defaults.summary en el mapeo.',
    },
  },
  'phone-unreadable': {
    scope: 'import',
    refuses: {
      en: 'A phone cell the import cannot read as one number.',
      es: 'Una celda de teléfono que la importación no puede leer como un número.',
    },
    why: {
      en: 'A contact value is never guessed (safety rule 11).',
      es: 'Un valor de contacto nunca se adivina (regla de seguridad 11).',
    },
    fix: {
      en: 'Write the number in the cell in international form (+ country code and number).',
      es: 'Escribe el número en la celda en forma internacional (+ código de país y número).',
    },
  },
  'phone-extension': {
    scope: 'import',
    refuses: {
      en: 'A number written with one extension while the extension column gives another.',
      es: 'Un número escrito con una extensión mientras la columna de extensión da otra.',
    },
    why: {
      en: 'One of the two is wrong, and the import does not guess which.',
      es: 'Una de las dos está mal, y la importación no adivina cuál.',
    },
    fix: {
      en: 'Keep the extension in one place: remove it from the number, or correct the extension column.',
      es: 'Deja la extensión en un solo lugar: quítala del número o corrige la columna de extensión.',
    },
  },
  'hsds-json': {
    scope: 'import',
    refuses: {
      en: 'An sc_ extension cell of a Sanctuary Commons HSDS package that is not valid JSON.',
      es: 'Una celda de extensión sc_ de un paquete HSDS de Sanctuary Commons que no es JSON válido.',
    },
    why: {
      en: 'The cell cannot be read, so its value cannot be imported exactly.',
      es: 'La celda no se puede leer, así que su valor no se puede importar con exactitud.',
    },
    fix: {
      en: 'Write the cell as JSON, e.g. ["en","es"] or {"en":"…"}.',
      es: 'Escribe la celda en JSON, p. ej. ["en","es"] o {"en":"…"}.',
    },
  },
  'inline-script': {
    scope: 'site',
    refuses: {
      en: "An inline script in a built page other than the theme's one.",
      es: 'Un script en línea en una página compilada distinto del del tema.',
    },
    why: {
      en:
        'The security policy allows exactly one inline script, by its hash; contributed content must never ' +
        'add one.',
      es:
        'La política de seguridad permite exactamente un script en línea, por su hash; el contenido aportado ' +
        'nunca debe añadir uno.',
    },
    fix: {
      en: 'Move the code into a file under src/ (a component or a client module).',
      es: 'Mueve el código a un archivo en src/ (un componente o un módulo de cliente).',
    },
  },
  'external-script': {
    scope: 'site',
    refuses: {
      en: "A script in a built page loaded from outside the site's own bundles.",
      es: 'Un script en una página compilada cargado desde fuera de los paquetes del propio sitio.',
    },
    why: {
      en:
        'It could read or change every page, contacts included, and tell another site who reads it (safety ' +
        'rule 6).',
      es:
        'Podría leer o cambiar cada página, contactos incluidos, y decirle a otro sitio quién la lee (regla ' +
        'de seguridad 6).',
    },
    fix: {
      en: 'Bundle the code with the site (import it from a component or a client module under src/).',
      es: 'Incluye el código en el sitio (impórtalo desde un componente o un módulo de cliente en src/).',
    },
  },
  'remote-resource': {
    scope: 'site',
    refuses: {
      en: 'A built page that loads a file (image, style, font, frame…) from another site.',
      es: 'Una página compilada que carga un archivo (imagen, estilo, fuente, marco…) desde otro sitio.',
    },
    why: {
      en: 'No request leaves the site: a remote file tells its host who reads the page (safety rule 6).',
      es:
        'Ninguna petición sale del sitio: un archivo remoto le dice a su servidor quién lee la página (regla ' +
        'de seguridad 6).',
    },
    fix: {
      en: 'Serve the file from this site (static/ or src/), or remove the element; plain links are fine.',
      es: 'Sirve el archivo desde este sitio (static/ o src/), o quita el elemento; los enlaces normales están bien.',
    },
  },
  'script-url': {
    scope: 'site',
    refuses: {
      en: 'A javascript: (or similar) address in a built page.',
      es: 'Una dirección javascript: (o similar) en una página compilada.',
    },
    why: {
      en: 'Such an address runs code when it is used.',
      es: 'Una dirección así ejecuta código al usarse.',
    },
    fix: {
      en: "Link to a page instead, and put behaviour in the site's own code under src/.",
      es: 'Enlaza a una página en su lugar, y pon el comportamiento en el código del sitio en src/.',
    },
  },
  'data-url': {
    scope: 'site',
    refuses: {
      en: 'A data: address used for anything but an image in a built page.',
      es: 'Una dirección data: usada para algo distinto de una imagen en una página compilada.',
    },
    why: {
      en: 'A data: address can carry a document or script the policy cannot see.',
      es: 'Una dirección data: puede llevar un documento o script que la política no ve.',
    },
    fix: {
      en: 'Serve the file from this site, or remove the element.',
      es: 'Sirve el archivo desde este sitio, o quita el elemento.',
    },
  },
  'event-handler': {
    scope: 'site',
    refuses: {
      en: 'An event handler attribute (onclick, onerror…) in a built page.',
      es: 'Un atributo de gestor de eventos (onclick, onerror…) en una página compilada.',
    },
    why: {
      en: 'It runs code the security policy must not allow.',
      es: 'Ejecuta código que la política de seguridad no debe permitir.',
    },
    fix: {
      en: "Put behaviour in the site's own code under src/.",
      es: 'Pon el comportamiento en el código del sitio en src/.',
    },
  },
  'svg-animation': {
    scope: 'site',
    refuses: {
      en: 'An SVG animation that changes a link target in a built page.',
      es: 'Una animación SVG que cambia el destino de un enlace en una página compilada.',
    },
    why: {
      en: 'It can turn a reviewed link into another after the page loads.',
      es: 'Puede convertir un enlace revisado en otro tras cargar la página.',
    },
    fix: {
      en: 'Remove the animation; link targets must be written in the page.',
      es: 'Quita la animación; los destinos de los enlaces deben estar escritos en la página.',
    },
  },
  'embedded-content': {
    scope: 'site',
    refuses: {
      en: 'An iframe, object or embed in a built page.',
      es: 'Un iframe, object o embed en una página compilada.',
    },
    why: {
      en: 'Embedded documents load other sites and run their code.',
      es: 'Los documentos incrustados cargan otros sitios y ejecutan su código.',
    },
    fix: {
      en: 'Remove it and link to the document instead.',
      es: 'Quítalo y enlaza al documento en su lugar.',
    },
  },
  'base-element': {
    scope: 'site',
    refuses: {
      en: 'A <base> element in a built page.',
      es: 'Un elemento <base> en una página compilada.',
    },
    why: {
      en: 'It changes where every relative link and script of the page leads.',
      es: 'Cambia adónde llevan todos los enlaces y scripts relativos de la página.',
    },
    fix: {
      en: 'Remove it.',
      es: 'Quítalo.',
    },
  },
  'meta-refresh': {
    scope: 'site',
    refuses: {
      en: 'A <meta http-equiv="refresh"> in a built page.',
      es: 'Un <meta http-equiv="refresh"> en una página compilada.',
    },
    why: {
      en: 'It sends the reader to another address without a click.',
      es: 'Envía a quien lee a otra dirección sin un clic.',
    },
    fix: {
      en: 'Remove it; use a link or a redirect configured on the host.',
      es: 'Quítalo; usa un enlace o una redirección configurada en el servidor.',
    },
  },
  'script-type': {
    scope: 'site',
    refuses: {
      en: 'A script of a type that changes what the page loads (import maps, speculation rules).',
      es: 'Un script de un tipo que cambia lo que carga la página (mapas de importación, reglas de especulación).',
    },
    why: {
      en: 'It can make the page load code the policy did not review.',
      es: 'Puede hacer que la página cargue código que la política no revisó.',
    },
    fix: {
      en: "Remove it; data for the page belongs in a JSON data block written by the site's code.",
      es: 'Quítalo; los datos de la página van en un bloque de datos JSON escrito por el código del sitio.',
    },
  },
  'json-data-block': {
    scope: 'site',
    refuses: {
      en: 'A JSON data block in a built page that is not valid JSON or is not closed.',
      es: 'Un bloque de datos JSON en una página compilada que no es JSON válido o no está cerrado.',
    },
    why: {
      en: 'A value in it may have ended the element early and added markup.',
      es: 'Un valor dentro puede haber cerrado el elemento antes de tiempo y añadido marcado.',
    },
    fix: {
      en: 'Write the data with scriptSafeJson() (src/lib/security/scriptSafeJson.ts).',
      es: 'Escribe los datos con scriptSafeJson() (src/lib/security/scriptSafeJson.ts).',
    },
  },
  'csp-meta': {
    scope: 'site',
    refuses: {
      en: 'A built page without its Content-Security-Policy tag first in <head>, or with another policy.',
      es: 'Una página compilada sin su etiqueta Content-Security-Policy al principio de <head>, o con otra política.',
    },
    why: {
      en: 'A policy tag governs only what comes after it; without it a page could load anything.',
      es:
        'Una etiqueta de política solo rige lo que viene después; sin ella una página podría cargar cualquier' +
        ' cosa.',
    },
    fix: {
      en: 'Keep the one Content-Security-Policy headTags entry of docusaurus.config.ts.',
      es: 'Mantén la única entrada headTags Content-Security-Policy de docusaurus.config.ts.',
    },
  },
  'csp-header': {
    scope: 'site',
    refuses: {
      en: "A static/_headers file whose Content-Security-Policy differs from the pages' policy.",
      es: 'Un archivo static/_headers cuya Content-Security-Policy difiere de la política de las páginas.',
    },
    why: {
      en: 'The header and the pages must enforce the same policy.',
      es: 'El encabezado y las páginas deben aplicar la misma política.',
    },
    fix: {
      en: 'Regenerate the headers with the build; do not edit the policy by hand.',
      es: 'Vuelve a generar los encabezados con la compilación; no edites la política a mano.',
    },
  },
  charset: {
    scope: 'site',
    refuses: {
      en: 'A built page that declares no character encoding.',
      es: 'Una página compilada que no declara codificación de caracteres.',
    },
    why: {
      en: 'A browser guessing the encoding can read text as markup.',
      es: 'Un navegador que adivina la codificación puede leer texto como marcado.',
    },
    fix: {
      en: 'Build the page with Docusaurus (its template writes <meta charset="UTF-8">).',
      es: 'Compila la página con Docusaurus (su plantilla escribe <meta charset="UTF-8">).',
    },
  },
  'charset-late': {
    scope: 'site',
    refuses: {
      en: 'A built page whose <meta charset> ends after the first 1024 bytes.',
      es: 'Una página compilada cuyo <meta charset> termina después de los primeros 1024 bytes.',
    },
    why: {
      en: 'The HTML Standard requires it within the first 1024 bytes; after that, browsers may guess.',
      es: 'El estándar HTML lo exige en los primeros 1024 bytes; después, los navegadores pueden adivinar.',
    },
    fix: {
      en: 'Keep <meta charset> right after the policy tag, at the start of <head>.',
      es: 'Deja <meta charset> justo después de la etiqueta de política, al principio de <head>.',
    },
  },
} satisfies Record<string, RuleDoc>;

/** A stable rule id: a key of {@link RULES}. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in the order of {@link RULES}. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * Whether a value is a known rule id (for ids that arrive untyped, e.g. from zod params or a JSON report).
 * @param value - anything
 */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(RULES, value);
}
