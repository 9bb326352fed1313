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
        <translation>Buscando mascotas</translation>
    </message>
    <message>
        <source>Looking for copies of it in your folder</source>
        <translation>Buscando copias en tu carpeta</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../safepic/gui/workers.py" line="69"/>
        <source>This picture is too big for this computer to work on.</source>
        <translation>Esta imagen es demasiado grande para este equipo.</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/workers.py" line="73"/>
        <source>Something went wrong inside SafePic while working on this picture.</source>
        <translation>Algo falló dentro de SafePic al trabajar con esta imagen.</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/workers.py" line="169"/>
        <source>SafePic&apos;s helper stopped while working on this picture. Please try again.</source>
        <translation>El ayudante de SafePic se detuvo mientras trabajaba con esta imagen. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PictureView</name>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="122"/>
        <source>Your picture</source>
        <translation>Tu imagen</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="176"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="199"/>
        <source>you are here</source>
        <translation>estás aquí</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="201"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="203"/>
        <source>not needed</source>
        <translation>no hace falta</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="205"/>
        <source>still to come</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="208"/>
        <source>Step {0} of {1}: {2}, {3}</source>
        <translation>Paso {0} de {1}: {2}, {3}</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="220"/>
        <source>Getting it ready…</source>
        <translation>Preparándola…</translation>
    </message>
    <message>
        <location filename="../../safepic/gui/widgets.py" line="287"/>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
</context>
</TS>
