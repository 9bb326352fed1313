<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoverTool</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/cover.py" line="533"/>
        <source>%n spots will be hidden. Click a box, or press Tab, to pick it.</source>
        <translation>
            <numerusform>%n spot will be hidden. Click a box, or press Tab, to pick it.</numerusform>
            <numerusform>%n spots will be hidden. Click a box, or press Tab, to pick it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/face.py" line="103"/>
        <source>We found %n faces in your picture. Yours may be one of them. First, here is what can happen to a face that is shown, so you can choose with care.</source>
        <translation>
            <numerusform>We found a face in your picture. First, here is what can happen to a face that is shown, so you can choose with care.</numerusform>
            <numerusform>We found %n faces in your picture. Yours may be one of them. First, here is what can happen to a face that is shown, so you can choose with care.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/findings.py" line="242"/>
        <source>We found %n other copies. See the list above.</source>
        <translation>
            <numerusform>We found 1 other copy. See the list above.</numerusform>
            <numerusform>We found %n other copies. See the list above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/profile.py" line="147"/>
        <source>%n details could draw the wrong people:</source>
        <translation>
            <numerusform>%n detail could draw the wrong people:</numerusform>
            <numerusform>%n details could draw the wrong people:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../safepic/gui/pages/profile.py" line="151"/>
        <source>%n details could help someone find you:</source>
        <translation>
            <numerusform>%n detail could help someone find you:</numerusform>
            <numerusform>%n details could help someone find you:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <source>%n faces can be seen</source>
        <translation>
            <numerusform>A face can be seen</numerusform>
            <numerusform>%n faces can be seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people can be seen</source>
        <translation>
            <numerusform>A person can be seen</numerusform>
            <numerusform>%n people can be seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Words can be read in %n places</source>
        <translation>
            <numerusform>Words can be read in one place</numerusform>
            <numerusform>Words can be read in %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codes can be scanned</source>
        <translation>
            <numerusform>A code can be scanned</numerusform>
            <numerusform>%n codes can be scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n animals can be seen</source>
        <translation>
            <numerusform>An animal can be seen</numerusform>
            <numerusform>%n animals can be seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signs of a home can be seen</source>
        <translation>
            <numerusform>A sign of a home can be seen</numerusform>
            <numerusform>%n signs of a home can be seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vehicles can be seen</source>
        <translation>
            <numerusform>A vehicle can be seen</numerusform>
            <numerusform>%n vehicles can be seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We found %n other copies of this picture</source>
        <translation>
            <numerusform>We found 1 other copy of this picture</numerusform>
            <numerusform>We found %n other copies of this picture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n times)</source>
        <translation>
            <numerusform>{title}</numerusform>
            <numerusform>{title} (%n times)</numerusform>
        </translation>
    </message>
</context>
</TS>
