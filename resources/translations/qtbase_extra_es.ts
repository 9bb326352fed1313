<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that qtbase_es.qm (shipped in PySide6) misses because Qt 6 moved their
     keyboard mark after they were translated ("Look in:" became "&Look in:"). Loaded after
     qtbase_es.qm by safepic/gui/app.py. Rebuild the .qm after editing, under the translations lock:
     flock /tmp/safepic-ts.lock .venv/lib/python3.11/site-packages/PySide6/lrelease
         resources/translations/qtbase_extra_es.ts -->
<TS version="2.1" language="es">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
</TS>
