<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckingPage</name>
    <message>
        <source>Looking for hidden details inside the file</source>
        <translation>Buscando datos ocultos dentro del archivo</translation>
    </message>
    <message>
        <source>Looking for faces and people</source>
        <translation>Buscando caras y personas</translation>
    </message>
    <message>
        <source>Reading any words in the picture</source>
        <translation>Leyendo las palabras que haya en la imagen</translation>
    </message>
    <message>
        <source>Looking for codes that link somewhere</source>
        <translation>Buscando códigos que lleven a algún sitio</translation>
    </message>
    <message>
        <source>Looking for pets</source>
        <translation type="vanished">Buscando mascotas</translation>
    </message>
    <message>
        <source>Looking for pets, rooms at home and vehicles</source>
        <translation>Buscando mascotas, habitaciones de casa y vehículos</translation>
    </message>
    <message>
        <source>Looking for copies of it in your folder</source>
        <translation>Buscando copias en tu carpeta</translation>
    </message>
</context>
<context>
    <name>CoverTool</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/cover.py" line="533"/>
        <source>%n spots will be hidden. Click a box, or press Tab, to pick it.</source>
        <translation>
            <numerusform>Se ocultará %n parte. Haz clic en un recuadro, o pulsa Tab, para elegirlo.</numerusform>
            <numerusform>Se ocultarán %n partes. Haz clic en un recuadro, o pulsa Tab, para elegirlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/face.py" line="103"/>
        <source>We found %n faces in your picture. Yours may be one of them. First, here is what can happen to a face that is shown, so you can choose with care.</source>
        <translation>
            <numerusform>Encontramos una cara en tu imagen. Antes, te contamos lo que puede pasar con una cara que se ve, para que elijas con calma.</numerusform>
            <numerusform>Encontramos %n caras en tu imagen. La tuya puede ser una de ellas. Antes, te contamos lo que puede pasar con una cara que se ve, para que elijas con calma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/findings.py" line="242"/>
        <source>We found %n other copies. See the list above.</source>
        <translation>
            <numerusform>Encontramos 1 copia más. Está en la lista de arriba.</numerusform>
            <numerusform>Encontramos %n copias más. Están en la lista de arriba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../safepic/gui/workers.py" line="70"/>
        <source>This picture is too big for this computer to work on.</source>
        <translation>Esta imagen es demasiado grande para este equipo.</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/workers.py" line="74"/>
        <source>Something went wrong inside SafePic while working on this picture.</source>
        <translation>Algo falló dentro de SafePic al trabajar con esta imagen.</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/workers.py" line="170"/>
        <source>SafePic&apos;s helper stopped while working on this picture. Please try again.</source>
        <translation>El ayudante de SafePic se detuvo mientras trabajaba con esta imagen. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="157"/>
        <source>Your picture</source>
        <translation>Tu imagen</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/profile.py" line="147"/>
        <source>%n details could draw the wrong people:</source>
        <translation>
            <numerusform>%n detalle podría atraer a quien no debe:</numerusform>
            <numerusform>%n detalles podrían atraer a quien no debe:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/profile.py" line="151"/>
        <source>%n details could help someone find you:</source>
        <translation>
            <numerusform>%n detalle podría ayudar a alguien a encontrarte:</numerusform>
            <numerusform>%n detalles podrían ayudar a alguien a encontrarte:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="229"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="257"/>
        <source>you are here</source>
        <translation>estás aquí</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="259"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="261"/>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="263"/>
        <source>still to come</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="266"/>
        <source>Step {0} of {1}: {2}, {3}</source>
        <translation>Paso {0} de {1}: {2}, {3}</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="278"/>
        <source>Getting it ready…</source>
        <translation>Preparándola…</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="359"/>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Looking for faces and people</source>
        <translation>Buscando caras y personas</translation>
    </message>
    <message>
        <source>Looking for hidden details inside the file</source>
        <translation>Buscando datos ocultos dentro del archivo</translation>
    </message>
    <message>
        <source>Looking for copies of it in your folder</source>
        <translation>Buscando copias en tu carpeta</translation>
    </message>
    <message>
        <source>Reading any words in the picture</source>
        <translation>Leyendo las palabras que haya en la imagen</translation>
    </message>
    <message>
        <source>Looking for codes that link somewhere</source>
        <translation>Buscando códigos que lleven a algún sitio</translation>
    </message>
    <message>
        <source>Looking for pets</source>
        <translation type="vanished">Buscando mascotas</translation>
    </message>
    <message>
        <source>Looking for pets, rooms at home and vehicles</source>
        <translation>Buscando mascotas, habitaciones de casa y vehículos</translation>
    </message>
    <message>
        <source>SafePic can still find a face in this version. Please choose another style, or a picture without a face.</source>
        <translation>SafePic aún encuentra una cara en esta versión. Elige otro estilo, o una imagen sin cara, por favor.</translation>
    </message>
    <message>
        <source>Checking that no face is left</source>
        <translation>Comprobando que no queda ninguna cara</translation>
    </message>
    <message>
        <source>There is no style called “{style}”. The styles are: {styles}.</source>
        <translation>No hay ningún estilo llamado “{style}”. Los estilos son: {styles}.</translation>
    </message>
    <message>
        <source>Blurring faces</source>
        <translation type="vanished">Difuminando caras</translation>
    </message>
    <message>
        <source>Covering what is left of the faces</source>
        <translation>Tapando lo que queda de las caras</translation>
    </message>
    <message>
        <source>A face could still be found, so SafePic put stickers over the faces.</source>
        <translation>Aún se encontraba una cara, así que SafePic puso pegatinas sobre las caras.</translation>
    </message>
    <message>
        <source>Finding the person</source>
        <translation>Buscando a la persona</translation>
    </message>
    <message>
        <source>Blurring the place</source>
        <translation>Difuminando el lugar</translation>
    </message>
    <message>
        <source>Drawing the picture</source>
        <translation>Dibujando la imagen</translation>
    </message>
    <message>
        <source>Drawing your outline</source>
        <translation>Dibujando tu silueta</translation>
    </message>
    <message>
        <source>Comparing it with your original</source>
        <translation>Comparándola con tu original</translation>
    </message>
    <message>
        <source>Blur my face</source>
        <translation type="vanished">Difuminar mi cara</translation>
    </message>
    <message>
        <source>Your face and hair turn into a soft blur. The rest stays as it is.</source>
        <translation type="vanished">Tu cara y tu pelo se vuelven borrosos. El resto se queda igual.</translation>
    </message>
    <message>
        <source>Turn my face into squares</source>
        <translation type="vanished">Convertir mi cara en cuadraditos</translation>
    </message>
    <message>
        <source>Your face becomes a few big coloured squares, like an old video game.</source>
        <translation type="vanished">Tu cara se convierte en unos pocos cuadrados grandes de colores, como en un videojuego antiguo.</translation>
    </message>
    <message>
        <source>Put a sticker on my face</source>
        <translation type="vanished">Poner una pegatina en mi cara</translation>
    </message>
    <message>
        <source>A cheerful sticker, like a daisy, a heart or a star, sits over your face.</source>
        <translation type="vanished">Una pegatina alegre, como una margarita, un corazón o una estrella, tapa tu cara.</translation>
    </message>
    <message>
        <source>Blur the place</source>
        <translation>Difuminar el lugar</translation>
    </message>
    <message>
        <source>You stay sharp and the place behind you turns into a soft blur, so nobody can tell where you are. Your face still shows.</source>
        <translation type="vanished">Tú sales con claridad y el lugar de detrás se vuelve borroso, así nadie sabe dónde estás. Tu cara se sigue viendo.</translation>
    </message>
    <message>
        <source>Make it a drawing</source>
        <translation>Convertirla en un dibujo</translation>
    </message>
    <message>
        <source>Your photo looks drawn, with flat colours and dark lines. People who know you may still recognise you.</source>
        <translation type="vanished">Tu foto parece dibujada, con colores planos y líneas oscuras. Quien te conoce quizá te reconozca igual.</translation>
    </message>
    <message>
        <source>Just my outline</source>
        <translation>Solo mi silueta</translation>
    </message>
    <message>
        <source>You become a plain dark shape on a soft sky. Nothing else of the photo is kept.</source>
        <translation>Te conviertes en una silueta oscura sobre un cielo suave. No queda nada más de la foto.</translation>
    </message>
    <message>
        <source>Turning faces into squares</source>
        <translation type="vanished">Convirtiendo las caras en cuadraditos</translation>
    </message>
    <message>
        <source>Looking for faces</source>
        <translation type="vanished">Buscando caras</translation>
    </message>
    <message>
        <source>SafePic found no face in this picture, so nothing was changed. If there is a face, the outline style hides it for sure.</source>
        <translation type="vanished">SafePic no encontró ninguna cara en esta imagen, así que no cambió nada. Si hay una cara, el estilo de silueta la oculta seguro.</translation>
    </message>
    <message>
        <source>SafePic could not find a person here, so the whole picture is blurred.</source>
        <translation>SafePic no encontró a ninguna persona aquí, así que toda la imagen queda borrosa.</translation>
    </message>
    <message>
        <source>SafePic could not find a person here, so only the soft sky is left. This style works best with one person in the picture.</source>
        <translation>SafePic no encontró a ninguna persona aquí, así que solo queda el cielo suave. Este estilo funciona mejor con una persona en la imagen.</translation>
    </message>
    <message>
        <source>This still looks like your original photo. If you posted the original anywhere, a reverse image search could link the two.</source>
        <translation>Esto todavía se parece a tu foto original. Si publicaste la original en algún sitio, una búsqueda inversa de imágenes podría unir las dos.</translation>
    </message>
    <message>
        <source>A face can still be seen in this version. People who know you may recognise you.</source>
        <translation>En esta versión todavía se ve una cara. Quien te conoce puede reconocerte.</translation>
    </message>
    <message>
        <source>Putting stickers on faces</source>
        <translation type="vanished">Poniendo pegatinas en las caras</translation>
    </message>
    <message>
        <source>{label} (try {number})</source>
        <translation>{label} (intento {number})</translation>
    </message>
    <message>
        <source>SafePic could not find a person here, so it kept the main thing in the picture sharp and blurred the rest.</source>
        <translation>SafePic no encontró a ninguna persona aquí, así que dejó nítido lo principal de la imagen y difuminó el resto.</translation>
    </message>
    <message>
        <source>SafePic could not find a person here, so the outline is of the main thing in the picture.</source>
        <translation>SafePic no encontró a ninguna persona aquí, así que la silueta es de lo principal de la imagen.</translation>
    </message>
    <message>
        <source>A face is still drawn here</source>
        <translation>Aquí sigue dibujada una cara</translation>
    </message>
    <message>
        <source>The drawing keeps this face where it was, with its shape, hair and colours. People who know you may still recognise it, and so may some face-search tools.</source>
        <translation>El dibujo deja esta cara donde estaba, con su forma, su pelo y sus colores. Quien te conoce todavía puede reconocerla, y también algunas herramientas que buscan caras.</translation>
    </message>
    <message>
        <source>It still looks like the original</source>
        <translation>Todavía se parece a la original</translation>
    </message>
    <message>
        <source>If the original photo was ever posted online, a reverse image search could match this version to it.</source>
        <translation>Si la foto original se publicó alguna vez en internet, una búsqueda inversa de imágenes podría unir esta versión con ella.</translation>
    </message>
    <message>
        <source>The clean copy could not be saved in {folder} ({reason}).</source>
        <translation>No se pudo guardar la copia limpia en {folder} ({reason}).</translation>
    </message>
    <message>
        <source>a picture with no proper end</source>
        <translation>una imagen sin un final correcto</translation>
    </message>
    <message>
        <source>more than one picture</source>
        <translation>más de una imagen</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to save the picture.</source>
        <translation>No hay espacio libre suficiente en {folder} para guardar la imagen.</translation>
    </message>
    <message>
        <source>SafePic is not allowed to save in {folder}. Please choose another folder.</source>
        <translation>SafePic no tiene permiso para guardar en {folder}. Elige otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there any more, so nothing was saved.</source>
        <translation>La carpeta {folder} ya no está, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>something before the picture starts</source>
        <translation>algo antes del comienzo de la imagen</translation>
    </message>
    <message>
        <source>extra bytes after the picture&apos;s end</source>
        <translation>datos de más después del final de la imagen</translation>
    </message>
    <message>
        <source>an extra block ({name} chunk)</source>
        <translation>un bloque de más (bloque {name})</translation>
    </message>
    <message>
        <source>The folder {folder} is too full of SafePic copies to add another.</source>
        <translation>La carpeta {folder} tiene demasiadas copias de SafePic para añadir otra.</translation>
    </message>
    <message>
        <source>{target} is a folder. Please give a file name for the clean copy.</source>
        <translation>{target} es una carpeta. Escribe un nombre de archivo para la copia limpia, por favor.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so nothing was saved.</source>
        <translation>La carpeta {folder} no existe, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Saving to {name} would replace your original. Please choose another name.</source>
        <translation>Guardar como {name} borraría tu original. Elige otro nombre, por favor.</translation>
    </message>
    <message>
        <source>A WebP picture can be at most {largest} pixels wide or tall. Please save this one as JPEG or PNG.</source>
        <translation>Una imagen WebP puede medir como mucho {largest} píxeles de ancho o de alto. Guarda esta como JPEG o PNG, por favor.</translation>
    </message>
    <message>
        <source>The clean copy still held {problem}, so SafePic removed it.</source>
        <translation type="vanished">La copia limpia aún tenía {problem}, así que SafePic la borró.</translation>
    </message>
    <message>
        <source>The clean copy still held something: {what}. SafePic removed it.</source>
        <translation type="vanished">La copia limpia aún tenía algo: {what}. SafePic la borró.</translation>
    </message>
    <message>
        <source>a block that ends too early</source>
        <translation>un bloque que termina antes de tiempo</translation>
    </message>
    <message>
        <source>bytes between the picture&apos;s blocks</source>
        <translation>datos entre los bloques de la imagen</translation>
    </message>
    <message>
        <source>extra information in the picture&apos;s header</source>
        <translation>información de más al principio de la imagen</translation>
    </message>
    <message>
        <source>SafePic can save JPEG, PNG or WebP pictures, not {fmt}.</source>
        <translation>SafePic puede guardar imágenes JPEG, PNG o WebP, pero no {fmt}.</translation>
    </message>
    <message>
        <source>SafePic can save JPEG, PNG or WebP pictures. Please end the name with .jpg, .png or .webp instead of {suffix}.</source>
        <translation>SafePic puede guardar imágenes JPEG, PNG o WebP. Termina el nombre en .jpg, .png o .webp en lugar de {suffix}, por favor.</translation>
    </message>
    <message>
        <source>A square picture must be between 16 and {largest} pixels wide.</source>
        <translation>Una imagen cuadrada debe medir entre 16 y {largest} píxeles de ancho.</translation>
    </message>
    <message>
        <source>SafePic could not turn this picture into a clean copy.</source>
        <translation>SafePic no pudo hacer una copia limpia de esta imagen.</translation>
    </message>
    <message>
        <source>The clean copy could not be read back, so SafePic removed it.</source>
        <translation>No se pudo volver a leer la copia limpia, así que SafePic la borró.</translation>
    </message>
    <message>
        <source>a picture block out of order</source>
        <translation>un bloque de la imagen fuera de su sitio</translation>
    </message>
    <message>
        <source>an extra block (JPEG marker {marker})</source>
        <translation>un bloque de más (marca JPEG {marker})</translation>
    </message>
    <message>
        <source>Stopped, as you asked.</source>
        <translation>Parado, como pediste.</translation>
    </message>
    <message>
        <source>There is no gallery picture called &apos;{name}&apos;. Run &apos;safepic gallery&apos; to see them all.</source>
        <translation>No hay ninguna imagen de la galería llamada &apos;{name}&apos;. Escribe &apos;safepic gallery&apos; para verlas todas.</translation>
    </message>
    <message>
        <source>The gallery has animals and flowers, not &apos;{kind}&apos;.</source>
        <translation>La galería tiene animales y flores, no &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items} y {count} más</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <source>An erased part of the picture is still there</source>
        <translation>Una parte borrada de la imagen sigue ahí</translation>
    </message>
    <message>
        <source>About {share}% of the picture looks see-through, but the colours under it are still stored. Anyone can make them visible again.</source>
        <translation>Cerca del {share}% de la imagen se ve transparente, pero los colores de debajo siguen guardados. Cualquiera puede volver a hacerlos visibles.</translation>
    </message>
    <message>
        <source>A short video is hidden in the photo</source>
        <translation>Hay un vídeo corto escondido en la foto</translation>
    </message>
    <message>
        <source>Part of the uncut picture is still in the file</source>
        <translation>Parte de la imagen sin recortar sigue en el archivo</translation>
    </message>
    <message>
        <source>Another picture is hidden after the end</source>
        <translation>Hay otra imagen escondida después del final</translation>
    </message>
    <message>
        <source>There is extra data after the end of the picture</source>
        <translation>Hay datos de más después del final de la imagen</translation>
    </message>
    <message>
        <source>The file name may give you away</source>
        <translation>El nombre del archivo puede delatarte</translation>
    </message>
    <message>
        <source>The file is called &quot;{name}&quot;, which holds {items}. File names often travel with a picture when you upload it. A clean copy gets a random name.</source>
        <translation>El archivo se llama &quot;{name}&quot;, y eso incluye {items}. El nombre del archivo suele viajar con la imagen cuando la subes. Una copia limpia recibe un nombre al azar.</translation>
    </message>
    <message>
        <source>It holds a map position near {place}. It also holds {items}. Anyone who downloads it can see this.</source>
        <translation>Guarda un punto en el mapa cerca de {place}. También guarda {items}. Cualquiera que la descargue puede verlo.</translation>
    </message>
    <message>
        <source>The file holds a name</source>
        <translation>El archivo guarda un nombre</translation>
    </message>
    <message>
        <source>It holds {items}. A name can lead straight to you.</source>
        <translation>Guarda {items}. Un nombre puede llevar directo a ti.</translation>
    </message>
    <message>
        <source>The file holds codes from your camera</source>
        <translation>El archivo guarda códigos de tu cámara</translation>
    </message>
    <message>
        <source>It holds {items}. These can link this picture to other photos from the same camera.</source>
        <translation>Guarda {items}. Con esto se puede unir esta imagen a otras fotos de la misma cámara.</translation>
    </message>
    <message>
        <source>The file says which phone or camera took it</source>
        <translation>El archivo dice qué móvil o cámara la hizo</translation>
    </message>
    <message>
        <source>It holds {items}. On its own this is a small clue, but clues add up.</source>
        <translation>Guarda {items}. Solo es una pequeña pista, pero las pistas se suman.</translation>
    </message>
    <message>
        <source>The file says when the photo was taken</source>
        <translation>El archivo dice cuándo se hizo la foto</translation>
    </message>
    <message>
        <source>It holds {items}. With other clues, this can help someone work out where you were.</source>
        <translation>Guarda {items}. Junto con otras pistas, esto puede ayudar a alguien a saber dónde estabas.</translation>
    </message>
    <message>
        <source>The file holds a written note</source>
        <translation>El archivo guarda una nota escrita</translation>
    </message>
    <message>
        <source>It holds {items}. Notes like this can say more than you think.</source>
        <translation>Guarda {items}. Las notas así pueden contar más de lo que crees.</translation>
    </message>
    <message>
        <source>The file holds text notes</source>
        <translation>El archivo guarda notas de texto</translation>
    </message>
    <message>
        <source>It holds these notes: {items}. Anyone can read them with a simple tool.</source>
        <translation>Guarda estas notas: {items}. Cualquiera puede leerlas con una herramienta sencilla.</translation>
    </message>
    <message>
        <source>The file holds notes for newspapers</source>
        <translation>El archivo guarda notas para periódicos</translation>
    </message>
    <message>
        <source>The file holds notes from an app</source>
        <translation>El archivo guarda notas de una aplicación</translation>
    </message>
    <message>
        <source>The picture carries a signed history</source>
        <translation>La imagen lleva una historia firmada</translation>
    </message>
    <message>
        <source>The colour setting has a telling name</source>
        <translation>El ajuste de color tiene un nombre que dice mucho</translation>
    </message>
    <message>
        <source>It holds {items}. A name like this can point to your own screen or camera.</source>
        <translation>Guarda {items}. Un nombre así puede señalar a tu propia pantalla o cámara.</translation>
    </message>
    <message>
        <source>A hidden preview shows more than your picture</source>
        <translation>Una vista previa escondida muestra más que tu imagen</translation>
    </message>
    <message>
        <source>The small preview inside shows the whole original photo, before you cropped or changed it. Anyone who downloads the file can open it.</source>
        <translation>La pequeña vista previa de dentro muestra la foto original entera, antes de que la recortaras o cambiaras. Cualquiera que descargue el archivo puede abrirla.</translation>
    </message>
    <message>
        <source>It holds {items}. It shows something different from the picture you see. Anyone with the right tool can pull it out.</source>
        <translation>Guarda {items}. Muestra algo distinto de la imagen que ves. Cualquiera con la herramienta adecuada puede sacarla.</translation>
    </message>
    <message>
        <source>There is more than one picture inside the file</source>
        <translation>Hay más de una imagen dentro del archivo</translation>
    </message>
    <message>
        <source>This is a moving photo: a few seconds of video (about {size}) are stored after the picture. The video may show and sound more than the photo does.</source>
        <translation>Es una foto en movimiento: unos segundos de vídeo (unos {size}) están guardados después de la imagen. El vídeo puede mostrar y dejar oír más que la foto.</translation>
    </message>
    <message>
        <source>The picture was cut smaller, but parts of the bigger original (about {size}) were left after its end. It may be possible to get back the parts you cut away.</source>
        <translation>La imagen se recortó, pero quedaron partes del original más grande (unos {size}) después de su final. Puede que se recuperen las partes que quitaste.</translation>
    </message>
    <message>
        <source>A second picture (about {size}) is stored after the end of this one. It may show something you did not mean to share.</source>
        <translation>Hay una segunda imagen (unos {size}) guardada después del final de esta. Puede mostrar algo que no querías compartir.</translation>
    </message>
    <message>
        <source>Some extra data (about {size}) is stored after the picture ends. Picture viewers do not show it, but anyone can read it.</source>
        <translation>Hay datos de más (unos {size}) guardados después del final de la imagen. Los visores de imágenes no los muestran, pero cualquiera puede leerlos.</translation>
    </message>
    <message>
        <source>the date {date}</source>
        <translation>la fecha {date}</translation>
    </message>
    <message>
        <source>It holds a map position near {place}. Anyone who downloads it can see this.</source>
        <translation>Guarda un punto en el mapa cerca de {place}. Cualquiera que la descargue puede verlo.</translation>
    </message>
    <message>
        <source>It holds {items}. Anyone who downloads it can see this.</source>
        <translation>Guarda {items}. Cualquiera que la descargue puede verlo.</translation>
    </message>
    <message>
        <source>The photo says where it was taken</source>
        <translation>La foto dice dónde se hizo</translation>
    </message>
    <message>
        <source>The file holds location details</source>
        <translation>El archivo guarda datos de lugar</translation>
    </message>
    <message>
        <source>It holds notes of the kind news photographers add: {items}. They can name people and places.</source>
        <translation>Guarda notas como las que añaden los fotógrafos de prensa: {items}. Pueden nombrar personas y lugares.</translation>
    </message>
    <message>
        <source>It holds a block for notes of the kind news photographers add. This one names no one, but a clean copy leaves it out.</source>
        <translation>Guarda un bloque para notas como las que añaden los fotógrafos de prensa. Este no nombra a nadie, pero una copia limpia lo deja fuera.</translation>
    </message>
    <message>
        <source>A camera or an editing app added a block of notes, with {items}. A clean copy leaves them out.</source>
        <translation>Una cámara o una aplicación de edición añadió un bloque de notas, con {items}. Una copia limpia las deja fuera.</translation>
    </message>
    <message>
        <source>A camera or an editing app added a block of notes. A clean copy leaves them out.</source>
        <translation>Una cámara o una aplicación de edición añadió un bloque de notas. Una copia limpia las deja fuera.</translation>
    </message>
    <message>
        <source>It holds a signed record of where the picture came from, with {items}. It can name the app, the camera or the person who made it.</source>
        <translation>Guarda un registro firmado de dónde viene la imagen, con {items}. Puede nombrar la aplicación, la cámara o la persona que la hizo.</translation>
    </message>
    <message>
        <source>It holds a signed record of where the picture came from. It can name the app, the camera or the person who made it.</source>
        <translation>Guarda un registro firmado de dónde viene la imagen. Puede nombrar la aplicación, la cámara o la persona que la hizo.</translation>
    </message>
    <message>
        <source>The file keeps a small copy of the picture</source>
        <translation>El archivo guarda una copia pequeña de la imagen</translation>
    </message>
    <message>
        <source>It holds {items}. It matches what you see, but a clean copy leaves it out.</source>
        <translation>Guarda {items}. Es igual a lo que ves, pero una copia limpia la deja fuera.</translation>
    </message>
    <message>
        <source>It holds {items}. One of them shows something different from the picture you see. Anyone with the right tool can pull them out.</source>
        <translation>Guarda {items}. Una de ellas muestra algo distinto de la imagen que ves. Cualquiera con la herramienta adecuada puede sacarlas.</translation>
    </message>
    <message>
        <source>the name {name}</source>
        <translation>el nombre {name}</translation>
    </message>
    <message>
        <source>the place {place}</source>
        <translation>el lugar {place}</translation>
    </message>
    <message>
        <source>It holds {items}. Anyone with the right tool can pull it out.</source>
        <translation>Guarda {items}. Cualquiera con la herramienta adecuada puede sacarla.</translation>
    </message>
    <message>
        <source>It holds {items}. Anyone with the right tool can pull them out.</source>
        <translation>Guarda {items}. Cualquiera con la herramienta adecuada puede sacarlas.</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>el autor</translation>
    </message>
    <message>
        <source>SafePic saved a clean copy, checked it, and found {problem} still in it. It deleted that copy; your picture is unchanged.</source>
        <translation>SafePic guardó una copia limpia, la revisó y encontró {problem} todavía dentro. Borró esa copia; tu imagen no ha cambiado.</translation>
    </message>
    <message>
        <source>SafePic saved a clean copy, checked it, and found this still in it: {what}. It deleted that copy; your picture is unchanged.</source>
        <translation>SafePic guardó una copia limpia, la revisó y encontró esto todavía dentro: {what}. Borró esa copia; tu imagen no ha cambiado.</translation>
    </message>
    <message>
        <source>the author&apos;s name</source>
        <translation type="vanished">el nombre del autor</translation>
    </message>
    <message>
        <source>a list of the changes made to the picture</source>
        <translation>una lista de los cambios hechos a la imagen</translation>
    </message>
    <message>
        <source>the app that made it</source>
        <translation>la aplicación que la hizo</translation>
    </message>
    <message>
        <source>{label} ({when})</source>
        <translation>{label} ({when})</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot;</source>
        <translation>{label} &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>the maker</source>
        <translation>la marca</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>el modelo</translation>
    </message>
    <message>
        <source>the lens</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>la aplicación</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>una nota</translation>
    </message>
    <message>
        <source>the place name</source>
        <translation>el nombre del lugar</translation>
    </message>
    <message>
        <source>the artist</source>
        <translation>el artista</translation>
    </message>
    <message>
        <source>the copyright</source>
        <translation>los derechos de autor</translation>
    </message>
    <message>
        <source>the camera owner</source>
        <translation>el dueño de la cámara</translation>
    </message>
    <message>
        <source>the camera&apos;s serial number</source>
        <translation>el número de serie de la cámara</translation>
    </message>
    <message>
        <source>the lens serial number</source>
        <translation>el número de serie del objetivo</translation>
    </message>
    <message>
        <source>a code unique to this photo</source>
        <translation>un código único de esta foto</translation>
    </message>
    <message>
        <source>the camera&apos;s own private notes, which can hold its serial number</source>
        <translation>notas privadas de la propia cámara, que pueden incluir su número de serie</translation>
    </message>
    <message>
        <source>the time zone, which hints at the country</source>
        <translation>la zona horaria, que da una pista del país</translation>
    </message>
    <message>
        <source>{day} {month} {year} at {time}</source>
        <translation>{day} de {month} de {year} a las {time}</translation>
    </message>
    <message>
        <source>a description</source>
        <translation>una descripción</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un título</translation>
    </message>
    <message>
        <source>a subject</source>
        <translation>un tema</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>palabras clave</translation>
    </message>
    <message>
        <source>the height above the sea</source>
        <translation>la altura sobre el mar</translation>
    </message>
    <message>
        <source>how fast the camera was moving</source>
        <translation>lo rápido que se movía la cámara</translation>
    </message>
    <message>
        <source>the direction the camera was facing</source>
        <translation>hacia dónde miraba la cámara</translation>
    </message>
    <message>
        <source>the exact time from the satellites</source>
        <translation>la hora exacta de los satélites</translation>
    </message>
    <message>
        <source>the date it was saved</source>
        <translation>la fecha en que se guardó</translation>
    </message>
    <message>
        <source>the small preview picture</source>
        <translation>la pequeña vista previa</translation>
    </message>
    <message>
        <source>an outline of the person, made for portrait mode</source>
        <translation>el contorno de la persona, hecho para el modo retrato</translation>
    </message>
    <message>
        <source>outlines of skin, hair and other parts of the photo</source>
        <translation>contornos de la piel, el pelo y otras partes de la foto</translation>
    </message>
    <message>
        <source>a brightness map for bright screens</source>
        <translation>un mapa de brillo para pantallas brillantes</translation>
    </message>
    <message>
        <source>a map of how far away each thing was</source>
        <translation>un mapa de lo lejos que estaba cada cosa</translation>
    </message>
    <message>
        <source>an extra picture</source>
        <translation>una imagen de más</translation>
    </message>
    <message>
        <source>one more picture</source>
        <translation>una imagen más</translation>
    </message>
    <message>
        <source>{count} more pictures</source>
        <translation>{count} imágenes más</translation>
    </message>
    <message>
        <source>{more} after the first</source>
        <translation>{more} después de la primera</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the colour setting</source>
        <translation>el ajuste de color</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>el aparato</translation>
    </message>
    <message>
        <source>the photographer</source>
        <translation>el fotógrafo</translation>
    </message>
    <message>
        <source>the photographer&apos;s job</source>
        <translation>el puesto del fotógrafo</translation>
    </message>
    <message>
        <source>the credit</source>
        <translation>el crédito</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>la fuente</translation>
    </message>
    <message>
        <source>the contact details</source>
        <translation>los datos de contacto</translation>
    </message>
    <message>
        <source>the writer</source>
        <translation>quien lo escribió</translation>
    </message>
    <message>
        <source>the town</source>
        <translation>la ciudad</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>the region</source>
        <translation>la región</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>el país</translation>
    </message>
    <message>
        <source>a headline</source>
        <translation>un titular</translation>
    </message>
    <message>
        <source>a caption</source>
        <translation>un pie de foto</translation>
    </message>
    <message>
        <source> It has been changed a little, but it is still the same picture.</source>
        <translation> Está un poco cambiada, pero sigue siendo la misma imagen.</translation>
    </message>
    <message>
        <source>There is no folder at {folder}.</source>
        <translation>No hay ninguna carpeta en {folder}.</translation>
    </message>
    <message>
        <source>Looking for copies of your picture in {folder}</source>
        <translation>Buscando copias de tu imagen en {folder}</translation>
    </message>
    <message>
        <source>Looked at {count} pictures, found {found} that match</source>
        <translation>Revisadas {count} imágenes: {found} son iguales</translation>
    </message>
    <message>
        <source>A copy of this picture is in {where}</source>
        <translation>Hay una copia de esta imagen en {where}</translation>
    </message>
    <message>
        <source>{name} looks like the same picture.{changed} If you posted it anywhere, people could link the two accounts: picture search websites find matches like this in seconds. Choose a picture you have never shared, or change this one a lot.</source>
        <translation>{name} parece la misma imagen.{changed} Si la publicaste en algún sitio, se podrían unir las dos cuentas: las webs que buscan imágenes encuentran parecidos así en segundos. Elige una imagen que nunca hayas compartido, o cambia mucho esta.</translation>
    </message>
    <message>
        <source>Looked at {count} pictures so far</source>
        <translation>Revisadas {count} imágenes hasta ahora</translation>
    </message>
    <message>
        <source>This looks like a street name or an address. It can show where you live, or where you often are.</source>
        <translation>Parece el nombre de una calle o una dirección. Puede mostrar dónde vives o dónde sueles estar.</translation>
    </message>
    <message>
        <source>This looks like a house number. Put together with other small clues, it can lead someone to your door.</source>
        <translation>Parece el número de una casa. Junto con otras pequeñas pistas, puede llevar a alguien hasta tu puerta.</translation>
    </message>
    <message>
        <source>This looks like a car number plate. A number plate can be traced to a car, and to the people who use it.</source>
        <translation>Parece la matrícula de un coche. Con una matrícula se puede llegar a un coche y a las personas que lo usan.</translation>
    </message>
    <message>
        <source>This looks like a name badge or a school or work pass. It can tell a stranger your name and where you study or work.</source>
        <translation>Parece una tarjeta con un nombre o un pase del colegio o del trabajo. Puede decirle a un extraño tu nombre y dónde estudias o trabajas.</translation>
    </message>
    <message>
        <source>This looks like a phone number, an email or a web address. Anyone who reads it can get in touch or look you up.</source>
        <translation>Parece un número de teléfono, un correo o una dirección web. Quien lo lea puede contactarte o buscarte.</translation>
    </message>
    <message>
        <source>Words in a picture can give you away. Street names, house numbers, school or work badges and number plates can lead someone to you. Crop or cover them if you can.</source>
        <translation>Las palabras de una imagen pueden delatarte. Los nombres de calles, los números de casas, las tarjetas del colegio o del trabajo y las matrículas pueden llevar a alguien hasta ti. Recórtalas o tápalas si puedes.</translation>
    </message>
    <message>
        <source>SafePic cannot read words in pictures: its text reader is not fully installed.</source>
        <translation>SafePic no puede leer palabras en las imágenes: su lector de texto no está instalado del todo.</translation>
    </message>
    <message>
        <source>Words can be read: &quot;{shown}&quot;</source>
        <translation>Se pueden leer palabras: &quot;{shown}&quot;</translation>
    </message>
    <message>
        <source>Brown bear</source>
        <translation>Oso pardo</translation>
    </message>
    <message>
        <source>Tiger face</source>
        <translation>Cara de tigre</translation>
    </message>
    <message>
        <source>Grey wolf</source>
        <translation>Lobo gris</translation>
    </message>
    <message>
        <source>Watchful wolf</source>
        <translation>Lobo atento</translation>
    </message>
    <message>
        <source>Woolly sheep</source>
        <translation>Oveja lanuda</translation>
    </message>
    <message>
        <source>Little pig</source>
        <translation>Cerdito</translation>
    </message>
    <message>
        <source>Happy monkey</source>
        <translation>Mono alegre</translation>
    </message>
    <message>
        <source>Fluffy kitten</source>
        <translation>Gatito peludo</translation>
    </message>
    <message>
        <source>Siamese cat</source>
        <translation>Gato siamés</translation>
    </message>
    <message>
        <source>Grey cat</source>
        <translation>Gato gris</translation>
    </message>
    <message>
        <source>Beagle</source>
        <translation>Beagle</translation>
    </message>
    <message>
        <source>Sleepy dog</source>
        <translation>Perro dormilón</translation>
    </message>
    <message>
        <source>Cheerful goat</source>
        <translation>Cabra alegre</translation>
    </message>
    <message>
        <source>Proud horse</source>
        <translation>Caballo orgulloso</translation>
    </message>
    <message>
        <source>Pony</source>
        <translation>Poni</translation>
    </message>
    <message>
        <source>White rabbit</source>
        <translation>Conejo blanco</translation>
    </message>
    <message>
        <source>Reading squirrel</source>
        <translation>Ardilla lectora</translation>
    </message>
    <message>
        <source>Curious raccoon</source>
        <translation>Mapache curioso</translation>
    </message>
    <message>
        <source>Camel</source>
        <translation>Camello</translation>
    </message>
    <message>
        <source>Walrus</source>
        <translation>Morsa</translation>
    </message>
    <message>
        <source>Elephant</source>
        <translation>Elefante</translation>
    </message>
    <message>
        <source>Rhino</source>
        <translation>Rinoceronte</translation>
    </message>
    <message>
        <source>Wise owl</source>
        <translation>Búho sabio</translation>
    </message>
    <message>
        <source>Pink flamingo</source>
        <translation>Flamenco rosa</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Gallo</translation>
    </message>
    <message>
        <source>Kangaroo</source>
        <translation>Canguro</translation>
    </message>
    <message>
        <source>Little yellow bird</source>
        <translation>Pajarito amarillo</translation>
    </message>
    <message>
        <source>Swan</source>
        <translation>Cisne</translation>
    </message>
    <message>
        <source>Ladybird</source>
        <translation>Mariquita</translation>
    </message>
    <message>
        <source>Peacock butterfly</source>
        <translation>Mariposa pavo real</translation>
    </message>
    <message>
        <source>Purple butterfly</source>
        <translation>Mariposa morada</translation>
    </message>
    <message>
        <source>Busy bee</source>
        <translation>Abeja trabajadora</translation>
    </message>
    <message>
        <source>Snail</source>
        <translation>Caracol</translation>
    </message>
    <message>
        <source>Green frog</source>
        <translation>Rana verde</translation>
    </message>
    <message>
        <source>Puffer fish</source>
        <translation>Pez globo</translation>
    </message>
    <message>
        <source>Angelfish</source>
        <translation>Pez ángel</translation>
    </message>
    <message>
        <source>Yellow fish</source>
        <translation>Pez amarillo</translation>
    </message>
    <message>
        <source>Seahorse</source>
        <translation>Caballito de mar</translation>
    </message>
    <message>
        <source>Dolphin</source>
        <translation>Delfín</translation>
    </message>
    <message>
        <source>Friendly dinosaur</source>
        <translation>Dinosaurio amable</translation>
    </message>
    <message>
        <source>Lion</source>
        <translation>León</translation>
    </message>
    <message>
        <source>Pink pig</source>
        <translation>Cerdo rosa</translation>
    </message>
    <message>
        <source>Cherry blossom</source>
        <translation>Flor de cerezo</translation>
    </message>
    <message>
        <source>Pale blossom</source>
        <translation>Flor pálida</translation>
    </message>
    <message>
        <source>Daffodil</source>
        <translation>Narciso</translation>
    </message>
    <message>
        <source>Trumpet daffodil</source>
        <translation>Narciso trompeta</translation>
    </message>
    <message>
        <source>Daisy</source>
        <translation>Margarita</translation>
    </message>
    <message>
        <source>Dream flower</source>
        <translation>Flor de ensueño</translation>
    </message>
    <message>
        <source>Golden flower</source>
        <translation>Flor dorada</translation>
    </message>
    <message>
        <source>White daisy</source>
        <translation>Margarita blanca</translation>
    </message>
    <message>
        <source>Blue flower</source>
        <translation>Flor azul</translation>
    </message>
    <message>
        <source>Red flower</source>
        <translation>Flor roja</translation>
    </message>
    <message>
        <source>Cream flower</source>
        <translation>Flor color crema</translation>
    </message>
    <message>
        <source>Orange flower</source>
        <translation>Flor naranja</translation>
    </message>
    <message>
        <source>Flower in a pot</source>
        <translation>Flor en maceta</translation>
    </message>
    <message>
        <source>Bunch of yellow flowers</source>
        <translation>Ramo de flores amarillas</translation>
    </message>
    <message>
        <source>Lilac daisy</source>
        <translation>Margarita lila</translation>
    </message>
    <message>
        <source>Geranium</source>
        <translation>Geranio</translation>
    </message>
    <message>
        <source>Lotus</source>
        <translation>Loto</translation>
    </message>
    <message>
        <source>Magnolia</source>
        <translation>Magnolia</translation>
    </message>
    <message>
        <source>Bright bouquet</source>
        <translation>Ramo alegre</translation>
    </message>
    <message>
        <source>Red daisy</source>
        <translation>Margarita roja</translation>
    </message>
    <message>
        <source>Sunny flower</source>
        <translation>Flor soleada</translation>
    </message>
    <message>
        <source>Tulips</source>
        <translation>Tulipanes</translation>
    </message>
    <message>
        <source>Rosebud</source>
        <translation>Capullo de rosa</translation>
    </message>
    <message>
        <source>Red rose</source>
        <translation>Rosa roja</translation>
    </message>
    <message>
        <source>Pink roses</source>
        <translation>Rosas rosadas</translation>
    </message>
    <message>
        <source>Pink rose</source>
        <translation>Rosa rosada</translation>
    </message>
    <message>
        <source>Sunflower</source>
        <translation>Girasol</translation>
    </message>
    <message>
        <source>Daylily</source>
        <translation>Lirio de día</translation>
    </message>
    <message>
        <source>the date it was taken</source>
        <translation>la fecha en que se hizo</translation>
    </message>
    <message>
        <source>These look like the same picture. If you posted one of them anywhere, people could link the two accounts: picture search websites find matches like this in seconds. Choose a picture you have never shared, or change this one a lot.</source>
        <translation>Parecen la misma imagen. Si publicaste alguna de ellas en algún sitio, se podrían unir las dos cuentas: las webs que buscan imágenes encuentran parecidos así en segundos. Elige una imagen que nunca hayas compartido, o cambia mucho esta.</translation>
    </message>
    <message>
        <source>the small preview picture from Photoshop</source>
        <translation>la pequeña vista previa de Photoshop</translation>
    </message>
    <message>
        <source>a larger preview of the photo</source>
        <translation>una vista previa más grande de la foto</translation>
    </message>
    <message>
        <source>another part of a wide photo</source>
        <translation>otra parte de una foto panorámica</translation>
    </message>
    <message>
        <source>a second view of the scene, for 3D</source>
        <translation>una segunda vista de la escena, para 3D</translation>
    </message>
    <message>
        <source>the scene seen from another angle</source>
        <translation>la escena vista desde otro ángulo</translation>
    </message>
    <message>
        <source>a note left by the app that saved it (&quot;{text}&quot;)</source>
        <translation>una nota de la aplicación que la guardó (&quot;{text}&quot;)</translation>
    </message>
    <message>
        <source>a picture hidden after the end</source>
        <translation>una imagen escondida después del final</translation>
    </message>
    <message>
        <source>the date it was made</source>
        <translation>la fecha en que se creó</translation>
    </message>
    <message>
        <source>the date it was last changed</source>
        <translation>la fecha del último cambio</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>la cámara</translation>
    </message>
    <message>
        <source>a map position</source>
        <translation>una posición en el mapa</translation>
    </message>
    <message>
        <source>the creator</source>
        <translation>quien la creó</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>el dueño</translation>
    </message>
    <message>
        <source>the creator&apos;s job</source>
        <translation>el puesto de quien la creó</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>un correo electrónico</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>a street address</source>
        <translation>una dirección postal</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>una dirección web</translation>
    </message>
    <message>
        <source>a person named in the photo</source>
        <translation>una persona nombrada en la foto</translation>
    </message>
    <message>
        <source>a person tagged in the photo</source>
        <translation>una persona etiquetada en la foto</translation>
    </message>
    <message>
        <source>the first file name</source>
        <translation>el nombre original del archivo</translation>
    </message>
    <message>
        <source>the original photo, before the blur effect</source>
        <translation>la foto original, antes del efecto de desenfoque</translation>
    </message>
    <message>
        <source>a small preview picture in the editing notes</source>
        <translation>una pequeña vista previa en las notas de edición</translation>
    </message>
    <message>
        <source>codes that can link this picture to other copies of it</source>
        <translation>códigos que pueden unir esta imagen con otras copias suyas</translation>
    </message>
    <message>
        <source>a list of the edits made to it</source>
        <translation>una lista de los cambios que se le hicieron</translation>
    </message>
    <message>
        <source>codes of other files used to make it</source>
        <translation>códigos de otros archivos usados para hacerla</translation>
    </message>
    <message>
        <source>a note that a short video is stored with the photo</source>
        <translation>una nota que dice que hay un vídeo corto guardado con la foto</translation>
    </message>
    <message>
        <source>a note about a brightness map for bright screens</source>
        <translation>una nota sobre un mapa de brillo para pantallas brillantes</translation>
    </message>
    <message>
        <source>There is no box {number}: the check numbered {count} boxes on this picture (see safepic check).</source>
        <translation>No hay ningún recuadro {number}: la revisión numeró {count} recuadros en esta imagen (mira safepic check).</translation>
    </message>
    <message>
        <source>There is no box {number}: the check found nothing with a place on this picture.</source>
        <translation>No hay ningún recuadro {number}: la revisión no encontró nada con un lugar en esta imagen.</translation>
    </message>
    <message>
        <source>“{text}” is not a box. Write a box as X,Y,WIDTH,HEIGHT in whole pixels, for example 10,20,300,200.</source>
        <translation>“{text}” no es un recuadro. Escribe un recuadro como X,Y,ANCHO,ALTO en píxeles enteros, por ejemplo 10,20,300,200.</translation>
    </message>
    <message>
        <source>The box {box} has no size: its width and height must be more than 0.</source>
        <translation>El recuadro {box} no tiene tamaño: su ancho y su alto tienen que ser mayores que 0.</translation>
    </message>
    <message>
        <source>The box {box} reaches outside the picture, which is {width} x {height} pixels.</source>
        <translation>El recuadro {box} se sale de la imagen, que mide {width} x {height} píxeles.</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, AVIF, TIFF, BMP and GIF</source>
        <translation>JPEG, PNG, WebP, HEIC, AVIF, TIFF, BMP y GIF</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>{label} is empty: there is no picture in it.</source>
        <translation>{label} está vacío: no hay ninguna imagen dentro.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a picture.</source>
        <translation>{path} es una carpeta, no una imagen.</translation>
    </message>
    <message>
        <source>{label} says it has no pixels at all.</source>
        <translation>{label} dice que no tiene ningún píxel.</translation>
    </message>
    <message>
        <source>{label} says it is {width} x {height} pixels, far too large to open safely.</source>
        <translation>{label} dice que mide {width} x {height} píxeles: es demasiado grande para abrirlo sin riesgo.</translation>
    </message>
    <message>
        <source>{label} says it is far too large to open safely.</source>
        <translation>{label} dice que es demasiado grande para abrirlo sin riesgo.</translation>
    </message>
    <message>
        <source>{label} is not a picture SafePic can read. It opens {formats} pictures.</source>
        <translation>{label} no es una imagen que SafePic pueda leer. SafePic abre imágenes {formats}.</translation>
    </message>
    <message>
        <source>{label} seems damaged or cut short, so it cannot be opened.</source>
        <translation>{label} parece dañado o incompleto, así que no se puede abrir.</translation>
    </message>
    <message>
        <source>{name} is too large ({megabytes} MB) to be a profile picture.</source>
        <translation>{name} es demasiado grande ({megabytes} MB) para ser una imagen de perfil.</translation>
    </message>
    <message>
        <source>SafePic is not allowed to read {name}.</source>
        <translation>SafePic no tiene permiso para leer {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <translation>No se pudo leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>{label} is in the {format} format. SafePic can open {formats} pictures.</source>
        <translation>{label} está en formato {format}. SafePic puede abrir imágenes {formats}.</translation>
    </message>
    <message>
        <source>This is a moving picture; SafePic uses its first frame only.</source>
        <translation>Es una imagen en movimiento; SafePic solo usa su primer fotograma.</translation>
    </message>
    <message>
        <source>This file holds more than one picture; SafePic uses the first.</source>
        <translation>Este archivo tiene más de una imagen; SafePic usa la primera.</translation>
    </message>
    <message>
        <source>Your real name is the quickest way for someone to find your other accounts.</source>
        <translation>Tu nombre real es el camino más rápido para que alguien encuentre tus otras cuentas.</translation>
    </message>
    <message>
        <source>Your age plus your town can be enough for someone to find you.</source>
        <translation>Tu edad y tu ciudad juntas pueden bastar para que alguien te encuentre.</translation>
    </message>
    <message>
        <source>Your birthday helps people find you, and it is often used to check who you are.</source>
        <translation>Tu cumpleaños ayuda a encontrarte, y muchas veces se usa para comprobar quién eres.</translation>
    </message>
    <message>
        <source>Your town plus your age or job can be enough for someone to find you.</source>
        <translation>Tu ciudad, junto con tu edad o tu trabajo, puede bastar para que alguien te encuentre.</translation>
    </message>
    <message>
        <source>Your country is fine on its own, but it adds up with your other details.</source>
        <translation>Tu país solo no es un problema, pero se suma a tus otros datos.</translation>
    </message>
    <message>
        <source>Naming your school or college tells people where you are on most days.</source>
        <translation>Si nombras tu colegio o tu universidad, la gente sabe dónde estás casi todos los días.</translation>
    </message>
    <message>
        <source>Naming where you work tells people where to find you. Your boss or workmates could also spot you.</source>
        <translation>Si nombras dónde trabajas, la gente sabe dónde encontrarte. Tu jefe o tus compañeros también podrían reconocerte.</translation>
    </message>
    <message>
        <source>Details about your family add up, and people who know you could recognise you.</source>
        <translation>Los datos sobre tu familia se suman, y quien te conoce podría reconocerte.</translation>
    </message>
    <message>
        <source>Your street leads people to your door.</source>
        <translation>Tu calle lleva a la gente hasta tu puerta.</translation>
    </message>
    <message>
        <source>A postcode points to a handful of homes, so it can lead people to yours.</source>
        <translation>Un código postal señala unas pocas casas, así que puede llevar a la gente hasta la tuya.</translation>
    </message>
    <message>
        <source>Anyone who sees your email can write to you and look for your other accounts.</source>
        <translation>Quien vea tu correo puede escribirte y buscar tus otras cuentas.</translation>
    </message>
    <message>
        <source>A phone number leads straight to you, and you can&apos;t take it back once it&apos;s seen.</source>
        <translation>Un número de teléfono lleva directo a ti, y una vez visto no puedes recuperarlo.</translation>
    </message>
    <message>
        <source>A name from another app links this account to that one, where people may know who you are.</source>
        <translation>Un nombre de otra aplicación une esta cuenta con aquella, donde quizá la gente sepa quién eres.</translation>
    </message>
    <message>
        <source>A link can lead people to your other pages, and from there to you.</source>
        <translation>Un enlace puede llevar a la gente a tus otras páginas, y desde ahí hasta ti.</translation>
    </message>
    <message>
        <source>This name seems to hold the year you were born. That helps people guess your age and find you.</source>
        <translation>Este nombre parece llevar el año en que naciste. Eso ayuda a adivinar tu edad y a encontrarte.</translation>
    </message>
    <message>
        <source>This name seems to hold a real name. People could use it to find you.</source>
        <translation>Este nombre parece llevar un nombre real. Alguien podría usarlo para encontrarte.</translation>
    </message>
    <message>
        <source>This name seems to hold a real name and the year you were born. Together they make you easy to find.</source>
        <translation>Este nombre parece llevar un nombre real y el año en que naciste. Juntos hacen que sea fácil encontrarte.</translation>
    </message>
    <message>
        <source>This can draw the wrong people. Some unkind people look for young women or men to target.</source>
        <translation>Esto puede atraer a quien no debe. Hay gente con malas intenciones que busca chicas o chicos jóvenes.</translation>
    </message>
    <message>
        <source>This can draw the wrong people. Words about your looks can bring messages that are not about support.</source>
        <translation>Esto puede atraer a quien no debe. Hablar de tu físico puede traer mensajes que no buscan apoyarte.</translation>
    </message>
    <message>
        <source>This can draw the wrong people. Saying you are single can bring people looking for a date, not to help.</source>
        <translation>Esto puede atraer a quien no debe. Decir que no tienes pareja puede traer gente que busca ligar, no ayudar.</translation>
    </message>
    <message>
        <source>This can draw the wrong people. Some take &apos;anything&apos; or &apos;any time&apos; as an open door.</source>
        <translation>Esto puede atraer a quien no debe. Hay quien toma «lo que sea» o «cuando quieras» como una puerta abierta.</translation>
    </message>
    <message>
        <source>Use a nickname that you don&apos;t use anywhere else.</source>
        <translation>Usa un apodo que no uses en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Leave your birthday out. If you like, just say the season.</source>
        <translation>Quita tu cumpleaños. Si quieres, di solo la estación del año.</translation>
    </message>
    <message>
        <source>Say &apos;I&apos;m at school&apos; or &apos;I&apos;m at uni&apos;, without the name.</source>
        <translation>Di &apos;estoy en el instituto&apos; o &apos;estoy en la universidad&apos;, sin el nombre.</translation>
    </message>
    <message>
        <source>Say what kind of work you do, like &apos;I work in a shop&apos;, without the name.</source>
        <translation>Di qué tipo de trabajo haces, como &apos;trabajo en una tienda&apos;, sin el nombre.</translation>
    </message>
    <message>
        <source>Leave out who is in your family, or keep it general, like &apos;I&apos;m a parent&apos;.</source>
        <translation>No digas quién forma tu familia, o dilo en general, como &apos;tengo hijos&apos;.</translation>
    </message>
    <message>
        <source>Take it out. Talk to people only through the community.</source>
        <translation>Quítalo. Habla con la gente solo a través de la comunidad.</translation>
    </message>
    <message>
        <source>Take your street out. Never share where you live.</source>
        <translation>Quita tu calle. No compartas nunca dónde vives.</translation>
    </message>
    <message>
        <source>Take the postcode out.</source>
        <translation>Quita el código postal.</translation>
    </message>
    <message>
        <source>Take it out. Keep your number for people you know.</source>
        <translation>Quítalo. Guarda tu número para la gente que conoces.</translation>
    </message>
    <message>
        <source>Take it out, so this account stays apart from your other ones.</source>
        <translation>Quítalo, así esta cuenta queda separada de las demás.</translation>
    </message>
    <message>
        <source>Take the link out.</source>
        <translation>Quita el enlace.</translation>
    </message>
    <message>
        <source>Pick a new name made of random words, like &apos;quiet-river&apos;.</source>
        <translation>Elige un nombre nuevo hecho de palabras al azar, como &apos;rio-tranquilo&apos;.</translation>
    </message>
    <message>
        <source>It&apos;s your choice. If you don&apos;t need it here, leave it out.</source>
        <translation>Tú decides. Si aquí no lo necesitas, quítalo.</translation>
    </message>
    <message>
        <source>It&apos;s your choice. You could say what you are here for instead, like &apos;here to listen in the evenings&apos;.</source>
        <translation>Tú decides. Puedes decir para qué estás aquí, por ejemplo «aquí para escuchar por las tardes».</translation>
    </message>
    <message>
        <source>teens</source>
        <translation>menos de veinte</translation>
    </message>
    <message>
        <source>twenties</source>
        <translation>veintitantos</translation>
    </message>
    <message>
        <source>thirties</source>
        <translation>treinta y tantos</translation>
    </message>
    <message>
        <source>forties</source>
        <translation>cuarenta y tantos</translation>
    </message>
    <message>
        <source>fifties</source>
        <translation>cincuenta y tantos</translation>
    </message>
    <message>
        <source>sixties</source>
        <translation>sesenta y tantos</translation>
    </message>
    <message>
        <source>seventies</source>
        <translation>setenta y tantos</translation>
    </message>
    <message>
        <source>eighties</source>
        <translation>ochenta y tantos</translation>
    </message>
    <message>
        <source>nineties</source>
        <translation>noventa y tantos</translation>
    </message>
    <message>
        <source>the UK</source>
        <translation>el Reino Unido</translation>
    </message>
    <message>
        <source>the US</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Leave your age out, or give a rough one.</source>
        <translation>Quita tu edad, o da una aproximada.</translation>
    </message>
    <message>
        <source>Leave the town out, or name a much bigger area.</source>
        <translation>Quita la ciudad, o nombra una zona mucho más grande.</translation>
    </message>
    <message>
        <source>Say &apos;in my {decade}&apos; instead, or leave your age out.</source>
        <translation>Mejor di &apos;tengo {decade}&apos;, o quita tu edad.</translation>
    </message>
    <message>
        <source>Keep it only if you need it, and leave out any smaller places.</source>
        <translation>Déjalo solo si lo necesitas, y quita los lugares más pequeños.</translation>
    </message>
    <message>
        <source>Leave the town out, or just say &apos;{wider}&apos;.</source>
        <translation>Quita la ciudad, o di solo &apos;{wider}&apos;.</translation>
    </message>
    <message>
        <source>Nothing in these words points to who you are or where you live.</source>
        <translation>Nada en estas palabras señala quién eres ni dónde vives.</translation>
    </message>
    <message>
        <source>{count} detail(s) could draw the wrong people:</source>
        <translation>{count} detalle(s) podrían atraer a quien no debe:</translation>
    </message>
    <message>
        <source>{count} detail(s) could help someone find you:</source>
        <translation>{count} detalle(s) podrían ayudar a alguien a encontrarte:</translation>
    </message>
    <message>
        <source>Instead: {suggestion}</source>
        <translation>Consejo: {suggestion}</translation>
    </message>
    <message>
        <source>Can it be traced to you or your home?</source>
        <translation>¿Pueden llegar hasta ti o hasta tu casa con ella?</translation>
    </message>
    <message>
        <source>Does it show who you are?</source>
        <translation>¿Muestra quién eres?</translation>
    </message>
    <message>
        <source>Has it been used anywhere else?</source>
        <translation>¿Se ha usado en algún otro sitio?</translation>
    </message>
    <message>
        <source>This is a preview, checked again at this size. The picture you save is made again in full and checked again.</source>
        <translation>Esto es una vista previa, revisada otra vez a este tamaño. La imagen que guardes se hace de nuevo a tamaño completo y se revisa otra vez.</translation>
    </message>
    <message>
        <source>Checked again on its new pixels, everywhere something was found or marked.</source>
        <translation>Revisada otra vez sobre sus píxeles nuevos, en cada sitio donde se encontró o se marcó algo.</translation>
    </message>
    <message>
        <source>The finders found nothing more in this version, but they can miss things. Please look at it yourself before you use it.</source>
        <translation>Las búsquedas no encontraron nada más en esta versión, pero se les pueden escapar cosas. Mírala tú antes de usarla.</translation>
    </message>
    <message>
        <source>You chose to leave marked spots {numbers} as they are, so what they show can still be seen.</source>
        <translation>Elegiste dejar como están las zonas marcadas {numbers}, así que lo que muestran se sigue viendo.</translation>
    </message>
    <message>
        <source>Blurring what we marked</source>
        <translation>Difuminando lo que marcamos</translation>
    </message>
    <message>
        <source>Checking it again</source>
        <translation>Revisándola otra vez</translation>
    </message>
    <message>
        <source>You chose to leave marked spot {number} as it is, so what it shows can still be seen.</source>
        <translation>Elegiste dejar como está la zona marcada {number}, así que lo que muestra se sigue viendo.</translation>
    </message>
    <message>
        <source>Nothing is marked to hide, so nothing was changed. You can mark anything you want hidden yourself.</source>
        <translation>No hay nada marcado para ocultar, así que no se cambió nada. Puedes marcar tú lo que quieras ocultar.</translation>
    </message>
    <message>
        <source>Covering what we marked</source>
        <translation>Tapando lo que marcamos</translation>
    </message>
    <message>
        <source>Blur what we marked</source>
        <translation>Difuminar lo marcado</translation>
    </message>
    <message>
        <source>Faces, words and everything else we marked turn into a soft blur. The rest stays as it is.</source>
        <translation>Las caras, las palabras y todo lo demás que marcamos se vuelven un difuminado suave. Lo demás queda como está.</translation>
    </message>
    <message>
        <source>Squares over what we marked</source>
        <translation>Cuadros sobre lo marcado</translation>
    </message>
    <message>
        <source>Everything we marked becomes a few big coloured squares, like an old video game.</source>
        <translation>Todo lo que marcamos se convierte en unos pocos cuadros grandes de colores, como en un videojuego antiguo.</translation>
    </message>
    <message>
        <source>Stickers on what we marked</source>
        <translation>Pegatinas sobre lo marcado</translation>
    </message>
    <message>
        <source>A cheerful sticker, like a daisy, a heart or a star, sits over everything we marked.</source>
        <translation>Una pegatina alegre, como una margarita, un corazón o una estrella, tapa todo lo que marcamos.</translation>
    </message>
    <message>
        <source>You stay sharp and the place behind you turns into a soft blur, so nobody can tell where you are. What we marked on you gets a plain patch.</source>
        <translation>Tú sigues nítido y el lugar detrás de ti se vuelve un difuminado suave, así que nadie puede saber dónde estás. Lo que marcamos sobre ti queda tapado con un parche liso.</translation>
    </message>
    <message>
        <source>Your photo looks drawn, with flat colours and dark lines. What we marked gets a plain patch. People who know you may still recognise you.</source>
        <translation>Tu foto parece dibujada, con colores planos y líneas oscuras. Lo que marcamos queda tapado con un parche liso. La gente que te conoce puede reconocerte igualmente.</translation>
    </message>
    <message>
        <source>Turning what we marked into squares</source>
        <translation>Convirtiendo lo que marcamos en cuadros</translation>
    </message>
    <message>
        <source>Putting stickers on what we marked</source>
        <translation>Poniendo pegatinas sobre lo que marcamos</translation>
    </message>
    <message>
        <source>The shapes still match the original</source>
        <translation>Las formas siguen coincidiendo con la original</translation>
    </message>
    <message>
        <source>The place is blurred, but the person and where things are stay the same. If the original photo was ever posted online, a reverse image search could still match this version to it.</source>
        <translation>El lugar está borroso, pero la persona y dónde están las cosas siguen igual. Si la foto original se publicó alguna vez en internet, una búsqueda inversa de imágenes aún podría relacionar esta versión con ella.</translation>
    </message>
    <message>
        <source>This still shows in a spot that was marked to be hidden. {detail}</source>
        <translation>Esto se sigue viendo en una zona que se marcó para ocultarla. {detail}</translation>
    </message>
    <message>
        <source>A bird can be seen</source>
        <translation>Se ve un pájaro</translation>
    </message>
    <message>
        <source>A cat can be seen</source>
        <translation>Se ve un gato</translation>
    </message>
    <message>
        <source>A dog can be seen</source>
        <translation>Se ve un perro</translation>
    </message>
    <message>
        <source>An animal can be seen</source>
        <translation>Se ve un animal</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>pájaro</translation>
    </message>
    <message>
        <source>The inside of a home can be seen</source>
        <translation>Se ve el interior de una casa</translation>
    </message>
    <message>
        <source>The picture shows {thing}. A room, its furniture and what is on the walls can be recognised by people who have been there, and show where you live. A picture taken outside your home is safer.</source>
        <translation>La foto muestra {thing}. Quien ha estado allí puede reconocer una habitación, sus muebles y lo que hay en las paredes, y saber dónde vives. Es más seguro usar una foto hecha fuera de casa.</translation>
    </message>
    <message>
        <source>A vehicle can be seen</source>
        <translation>Se ve un vehículo</translation>
    </message>
    <message>
        <source>{thing} can be seen. Its number plate, or the vehicle itself, can be known by people who live near you and can lead to you. Cover it, or choose a picture without it.</source>
        <translation>Se ve {thing}. Su matrícula, o el propio vehículo, lo pueden reconocer personas que viven cerca de ti, y llevar hasta ti. Tápalo o elige una foto sin él.</translation>
    </message>
    <message>
        <source>a sofa</source>
        <translation>un sofá</translation>
    </message>
    <message>
        <source>a bed</source>
        <translation>una cama</translation>
    </message>
    <message>
        <source>a toilet</source>
        <translation>un váter</translation>
    </message>
    <message>
        <source>an oven</source>
        <translation>un horno</translation>
    </message>
    <message>
        <source>a sink</source>
        <translation>un fregadero</translation>
    </message>
    <message>
        <source>a fridge</source>
        <translation>una nevera</translation>
    </message>
    <message>
        <source>A car</source>
        <translation>un coche</translation>
    </message>
    <message>
        <source>A motorbike</source>
        <translation>una moto</translation>
    </message>
    <message>
        <source>A van or lorry</source>
        <translation>una furgoneta o un camión</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>perro</translation>
    </message>
    <message>
        <source>animal</source>
        <translation>animal</translation>
    </message>
    <message>
        <source>If this {kind} is yours, people who know you may recognise it, and then you. Pets are often shown in other pictures you share. A picture of an animal that is not yours, or a drawing, is safer.</source>
        <translation>Si este {kind} es tuyo, quien te conoce puede reconocerlo, y así reconocerte a ti. Las mascotas suelen salir en otras fotos que compartes. Es más seguro usar la imagen de un animal que no sea tuyo, o un dibujo.</translation>
    </message>
    <message>
        <source>some writing</source>
        <translation>algo escrito</translation>
    </message>
    <message>
        <source>a web link</source>
        <translation>un enlace web</translation>
    </message>
    <message>
        <source>a contact card with a name and details</source>
        <translation>una tarjeta de contacto con un nombre y datos</translation>
    </message>
    <message>
        <source>a place on a map</source>
        <translation>un lugar en un mapa</translation>
    </message>
    <message>
        <source>a Wi-Fi name and password</source>
        <translation>el nombre y la contraseña de una red wifi</translation>
    </message>
    <message>
        <source> It says: &quot;{text}&quot;.</source>
        <translation> Dice: &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>A QR code can be scanned</source>
        <translation>Se puede escanear un código QR</translation>
    </message>
    <message>
        <source>This QR code holds {what}.{quoted} Anyone who scans it from your picture gets the same. Codes can lead to a page, an address, a ticket or your name.</source>
        <translation>Este código QR guarda {what}.{quoted} Quien lo escanee desde tu imagen obtiene lo mismo. Los códigos pueden llevar a una página, una dirección, una entrada o tu nombre.</translation>
    </message>
    <message>
        <source>A barcode can be scanned</source>
        <translation>Se puede escanear un código de barras</translation>
    </message>
    <message>
        <source>This looks like a shop barcode on a packet.{quoted} It says little about you, but it can show what you buy and where.</source>
        <translation>Parece el código de barras de un producto de tienda.{quoted} Dice poco de ti, pero puede mostrar qué compras y dónde.</translation>
    </message>
    <message>
        <source>This barcode can be read by anyone who has your picture.{quoted} Barcodes on tickets, passes and parcels can hold a name, a booking or an address.</source>
        <translation>Cualquiera que tenga tu imagen puede leer este código de barras.{quoted} Los códigos de barras de entradas, pases y paquetes pueden guardar un nombre, una reserva o una dirección.</translation>
    </message>
    <message>
        <source>A face can be seen</source>
        <translation>Se ve una cara</translation>
    </message>
    <message>
        <source>A clear face can be matched by face-search websites to other photos of you, even ones with your name next to them.</source>
        <translation>Las webs que buscan caras pueden unir una cara clara con otras fotos tuyas, incluso con las que llevan tu nombre al lado.</translation>
    </message>
    <message>
        <source>A person can be seen</source>
        <translation>Se ve a una persona</translation>
    </message>
    <message>
        <source>Even without the face, a body, clothes or hair can be recognised by people who know you.</source>
        <translation>Aunque no se vea la cara, quien te conoce puede reconocer un cuerpo, la ropa o el pelo.</translation>
    </message>
    <message numerus="yes">
        <source>%n faces can be seen</source>
        <translation>
            <numerusform>Se ve una cara</numerusform>
            <numerusform>Se ven %n caras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people can be seen</source>
        <translation>
            <numerusform>Se ve una persona</numerusform>
            <numerusform>Se ven %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Words can be read in %n places</source>
        <translation>
            <numerusform>Se pueden leer palabras en un sitio</numerusform>
            <numerusform>Se pueden leer palabras en %n sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codes can be scanned</source>
        <translation>
            <numerusform>Se puede escanear un código</numerusform>
            <numerusform>Se pueden escanear %n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n animals can be seen</source>
        <translation>
            <numerusform>Se ve un animal</numerusform>
            <numerusform>Se ven %n animales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signs of a home can be seen</source>
        <translation>
            <numerusform>Se ve una señal de una casa</numerusform>
            <numerusform>Se ven %n señales de una casa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles can be seen</source>
        <translation>
            <numerusform>Se ve un vehículo</numerusform>
            <numerusform>Se ven %n vehículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We found %n other copies of this picture</source>
        <translation>
            <numerusform>Encontramos 1 copia más de esta imagen</numerusform>
            <numerusform>Encontramos %n copias más de esta imagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n times)</source>
        <translation>
            <numerusform>{title}</numerusform>
            <numerusform>{title} (%n veces)</numerusform>
        </translation>
    </message>
</context>
</TS>
