<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>You snoozed %n time(s): this break is {longer} min longer.</source>
        <translation>
            <numerusform>Sie haben einmal aufgeschoben: Diese Pause dauert {longer} Min. länger.</numerusform>
            <numerusform>Sie haben %n-mal aufgeschoben: Diese Pause dauert {longer} Min. länger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s), so this break can&apos;t wait: the prompt insists.</source>
        <translation>
            <numerusform>Sie haben einmal aufgeschoben, deshalb kann diese Pause nicht warten: Die Erinnerung bleibt.</numerusform>
            <numerusform>Sie haben %n-mal aufgeschoben, deshalb kann diese Pause nicht warten: Die Erinnerung bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve been sitting for %n minute(s) — time to stand up and move.</source>
        <translation>
            <numerusform>Sie sitzen seit %n Minute – Zeit, aufzustehen und sich zu bewegen.</numerusform>
            <numerusform>Sie sitzen seit %n Minuten – Zeit, aufzustehen und sich zu bewegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>%n Minute aufschieben</numerusform>
            <numerusform>%n Minuten aufschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need at least %n clear picture(s).</source>
        <translation>
            <numerusform>Es wird mindestens %n klares Bild gebraucht.</numerusform>
            <numerusform>Es werden mindestens %n klare Bilder gebraucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n min. Stand up and stretch.</source>
        <translation>
            <numerusform>Sie sitzen seit %n Min. Stehen Sie auf und dehnen Sie sich.</numerusform>
            <numerusform>Sie sitzen seit %n Min. Stehen Sie auf und dehnen Sie sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n more min</source>
        <translation>
            <numerusform>Noch %n Min. angehalten</numerusform>
            <numerusform>Noch %n Min. angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Break due: sitting for %n min</source>
        <translation>
            <numerusform>Pause fällig: seit %n Min. im Sitzen</numerusform>
            <numerusform>Pause fällig: seit %n Min. im Sitzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a meeting: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>In einer Besprechung: seit %n Min. im Sitzen; Pausen warten bis zum Ende</numerusform>
            <numerusform>In einer Besprechung: seit %n Min. im Sitzen; Pausen warten bis zum Ende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a call: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>Im Gespräch: seit %n Min. im Sitzen; Pausen warten bis zum Ende</numerusform>
            <numerusform>Im Gespräch: seit %n Min. im Sitzen; Pausen warten bis zum Ende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n hold(s) seen</source>
        <translation>
            <numerusform>{count} von %n Haltephase gesehen</numerusform>
            <numerusform>{count} von %n Haltephasen gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n repetition(s).</source>
        <translation>
            <numerusform>Gesehen: {done} von %n Wiederholung.</numerusform>
            <numerusform>Gesehen: {done} von %n Wiederholungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s) (side 1: {first} of {per_side}, side 2: {second} of {per_side}).</source>
        <translation>
            <numerusform>Gesehen: {done} von %n Haltephase (Seite 1: {first} von {per_side}, Seite 2: {second} von {per_side}).</numerusform>
            <numerusform>Gesehen: {done} von %n Haltephasen (Seite 1: {first} von {per_side}, Seite 2: {second} von {per_side}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s).</source>
        <translation>
            <numerusform>Gesehen: {done} von %n Haltephase.</numerusform>
            <numerusform>Gesehen: {done} von %n Haltephasen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a &amp;meeting (hold breaks for %n hour(s))</source>
        <translation>
            <numerusform>In einer &amp;Besprechung (Pausen %n Stunde zurückhalten)</numerusform>
            <numerusform>In einer &amp;Besprechung (Pausen %n Stunden zurückhalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by the camera</source>
        <translation>
            <numerusform>%n von der Kamera bestätigt</numerusform>
            <numerusform>%n von der Kamera bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken ({due} due)</source>
        <translation>
            <numerusform>%n Pause gemacht ({due} fällig)</numerusform>
            <numerusform>%n Pausen gemacht ({due} fällig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>postureapp looks at your posture through the webcam to coach you. Camera pictures are analysed in memory on this computer and immediately discarded: no picture is ever saved or sent anywhere, and postureapp makes no network connections. What it keeps is a per-minute posture summary and your break history, stored only on this computer.</source>
        <translation>postureapp betrachtet Ihre Haltung über die Webcam, um Sie zu begleiten. Kamerabilder werden im Arbeitsspeicher dieses Computers ausgewertet und sofort verworfen: Kein Bild wird je gespeichert oder irgendwohin gesendet, und postureapp baut keine Netzwerkverbindungen auf. Aufbewahrt werden nur eine minütliche Zusammenfassung Ihrer Haltung und Ihr Pausenverlauf, ausschließlich auf diesem Computer.</translation>
    </message>
    <message>
        <source>About postureapp</source>
        <translation>Über postureapp</translation>
    </message>
    <message>
        <source>postureapp {version}

{privacy}

Pose model: {model}
Settings: {config}
History: {data}</source>
        <translation>postureapp {version}

{privacy}

Posenmodell: {model}
Einstellungen: {config}
Verlauf: {data}</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Info schließen</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <source>postureapp menu</source>
        <translation>postureapp-Menü</translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation>Überwachung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause monitoring</source>
        <translation>Überwachung &amp;anhalten</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Jetzt eine &amp;Pause machen</translation>
    </message>
    <message>
        <source>&amp;Snooze the break</source>
        <translation>Pause auf&amp;schieben</translation>
    </message>
    <message>
        <source>&amp;Meeting over</source>
        <translation>&amp;Besprechung beendet</translation>
    </message>
    <message>
        <source>&amp;Calibrate posture…</source>
        <translation>Haltung &amp;kalibrieren…</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s summary…</source>
        <translation>&amp;Heutige Übersicht…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About postureapp…</source>
        <translation>&amp;Info über postureapp…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
</context>
<context>
    <name>AppWindows</name>
    <message>
        <source>the embedded MediaPipe pose model (BlazePose full, Apache-2.0)</source>
        <translation>das eingebaute MediaPipe-Posenmodell (BlazePose full, Apache-2.0)</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>Back to work in {seconds} s</source>
        <translation>Zurück an die Arbeit in {seconds} s</translation>
    </message>
    <message>
        <source>&amp;Back to work</source>
        <translation>&amp;Zurück an die Arbeit</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>Pausenzeit – postureapp</translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>When to stop, and when to get help</source>
        <translation>Wann Sie aufhören und wann Sie Hilfe holen sollten</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>Bildschirm s&amp;perren</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Bildschirm sperren</translation>
    </message>
    <message>
        <source>Lock the screen while you step away</source>
        <translation>Den Bildschirm sperren, während Sie weggehen</translation>
    </message>
    <message>
        <source>No more snoozing for this break</source>
        <translation>Diese Pause lässt sich nicht mehr aufschieben</translation>
    </message>
    <message>
        <source>Stretch {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>Hilfsmittel: {equipment}</translation>
    </message>
    <message>
        <source>Break time left</source>
        <translation>Verbleibende Pausenzeit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Wie viel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Progress through this stretch</source>
        <translation>Fortschritt dieser Übung</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Aufschieben</translation>
    </message>
    <message>
        <source>&amp;Start break</source>
        <translation>Pause s&amp;tarten</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Pause starten</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Vorherige Übung</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation>Fertig: die Pause beenden</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate posture — postureapp</source>
        <translation>Haltung kalibrieren – postureapp</translation>
    </message>
    <message>
        <source>Calibrate your upright posture</source>
        <translation>Ihre aufrechte Haltung kalibrieren</translation>
    </message>
    <message>
        <source>Sit the way you want to sit: tall, shoulders relaxed, looking at your screen. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>Sitzen Sie so, wie Sie sitzen möchten: aufrecht, die Schultern entspannt, mit Blick auf den Bildschirm. Halten Sie Kopf und beide Schultern im Blickfeld der Kamera. Das dauert {seconds} Sekunden. Das Kamerabild wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Show the camera &amp;preview</source>
        <translation>Kamera&amp;vorschau zeigen</translation>
    </message>
    <message>
        <source>Show the camera preview</source>
        <translation>Kameravorschau zeigen</translation>
    </message>
    <message>
        <source>The preview appears here when you press Start.</source>
        <translation>Die Vorschau erscheint hier, wenn Sie auf „Start“ drücken.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Press Start when you are sitting upright.</source>
        <translation>Drücken Sie „Start“, wenn Sie aufrecht sitzen.</translation>
    </message>
    <message>
        <source>Calibration feedback</source>
        <translation>Rückmeldung zur Kalibrierung</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>Fortschritt der Kalibrierung</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Also learn how I &amp;slump</source>
        <translation>Auch mein &amp;Zusammensacken lernen</translation>
    </message>
    <message>
        <source>Optional: sit the way you do when you slump, then press this. Your posture then counts as rounded from halfway between your two postures, which helps when your slump is slight.</source>
        <translation>Optional: Sitzen Sie so, wie Sie zusammengesackt sitzen, und drücken Sie dann hier. Ihre Haltung gilt dann ab der Mitte zwischen Ihren beiden Haltungen als gerundet – das hilft, wenn Sie nur leicht zusammensacken.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Hold still and sit upright…</source>
        <translation>Halten Sie still und sitzen Sie aufrecht…</translation>
    </message>
    <message>
        <source>Hold still, sitting the way you do when you slump…</source>
        <translation>Halten Sie still und sitzen Sie so, wie Sie zusammengesackt sitzen…</translation>
    </message>
    <message>
        <source>Learn how you slump</source>
        <translation>Lernen, wie Sie zusammensacken</translation>
    </message>
    <message>
        <source>Sit the way you do when you slump late in the day: head and shoulders sunk forward. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>Sitzen Sie so, wie Sie spät am Tag zusammengesackt sitzen: Kopf und Schultern nach vorn gesunken. Halten Sie Kopf und beide Schultern im Blickfeld der Kamera. Das dauert {seconds} Sekunden. Das Kamerabild wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Try the &amp;slump again</source>
        <translation>&amp;Zusammensacken erneut versuchen</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Done: how you slump is saved too. </source>
        <translation>Fertig: Auch Ihr Zusammensacken ist gespeichert. </translation>
    </message>
    <message>
        <source>Done: your upright posture is saved. {message} Optionally, sit the way you do when you slump and press “Also learn how I slump”.</source>
        <translation>Fertig: Ihre aufrechte Haltung ist gespeichert. {message} Optional können Sie so sitzen, wie Sie zusammengesackt sitzen, und „Auch mein Zusammensacken lernen“ drücken.</translation>
    </message>
    <message>
        <source>&amp;Recalibrate</source>
        <translation>&amp;Neu kalibrieren</translation>
    </message>
</context>
<context>
    <name>DayTimelineChart</name>
    <message>
        <source>Timeline of the day</source>
        <translation>Zeitleiste des Tages</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
</context>
<context>
    <name>HistoryTrendChart</name>
    <message>
        <source>Posture and break trends</source>
        <translation>Entwicklung von Haltung und Pausen</translation>
    </message>
    <message>
        <source>Nothing recorded in these days</source>
        <translation>An diesen Tagen wurde nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Upright share of judged time</source>
        <translation>Aufrechter Anteil der bewerteten Zeit</translation>
    </message>
    <message>
        <source>{day}: {share} upright, {breaks}, longest sit {sit}</source>
        <translation>{day}: {share} aufrecht, {breaks}, längste Sitzzeit {sit}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Breaks taken and due</source>
        <translation>Gemachte und fällige Pausen</translation>
    </message>
    <message>
        <source>Longest sitting stretch (minutes)</source>
        <translation>Längste Sitzzeit am Stück (Minuten)</translation>
    </message>
</context>
<context>
    <name>MonitorWorker</name>
    <message>
        <source>{problem} Using the embedded pose model instead.</source>
        <translation>{problem} Stattdessen wird das eingebaute Posenmodell verwendet.</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeDialog</name>
    <message>
        <source>Before you start — postureapp</source>
        <translation>Bevor Sie beginnen – postureapp</translation>
    </message>
    <message>
        <source>postureapp suggests gentle stretches for your mid-back. Please read this once before your first break.</source>
        <translation>postureapp schlägt sanfte Dehnübungen für den mittleren Rücken vor. Bitte lesen Sie dies einmal vor Ihrer ersten Pause.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>You can read this again at any time from Safety in a break.</source>
        <translation>Sie können dies jederzeit in einer Pause unter „Sicherheit“ erneut lesen.</translation>
    </message>
    <message>
        <source>I &amp;understand</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Move safely</source>
        <translation>Sicher bewegen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>&amp;Sitting limit before a break:</source>
        <translation>&amp;Sitzdauer bis zur Pause:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Break length:</source>
        <translation>&amp;Pausenlänge:</translation>
    </message>
    <message>
        <source>&amp;Time away that counts as a break:</source>
        <translation>&amp;Abwesenheit, die als Pause zählt:</translation>
    </message>
    <message>
        <source>S&amp;nooze length:</source>
        <translation>Aufschieben &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Most snoozes in a row:</source>
        <translation>&amp;Höchstens so oft aufschieben:</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Nicht aufschieben</translation>
    </message>
    <message>
        <source>Cover the screens &amp;during a break (you can leave after 10 s)</source>
        <translation>Bildschirme &amp;während der Pause abdecken (nach 10 s verlassbar)</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Posture &amp;sensitivity:</source>
        <translation>&amp;Empfindlichkeit der Haltungserkennung:</translation>
    </message>
    <message>
        <source>&amp;Nudge me when I round my back</source>
        <translation>&amp;Hinweis geben, wenn ich den Rücken runde</translation>
    </message>
    <message>
        <source>&amp;Rounded for how long before a nudge:</source>
        <translation>&amp;Gerundet wie lange bis zum Hinweis:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Wait between nudges at least:</source>
        <translation>&amp;Mindestabstand zwischen Hinweisen:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>&amp;Use the camera to watch my posture</source>
        <translation>&amp;Kamera zur Beobachtung meiner Haltung verwenden</translation>
    </message>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>Ka&amp;mera:</translation>
    </message>
    <message>
        <source>Check posture &amp;every:</source>
        <translation>Haltung prüfen &amp;alle:</translation>
    </message>
    <message>
        <source>Between checks:</source>
        <translation>Zwischen den Prüfungen:</translation>
    </message>
    <message>
        <source>Show a live &amp;preview while calibrating</source>
        <translation>Beim Kalibrieren eine Live-&amp;Vorschau zeigen</translation>
    </message>
    <message>
        <source>Custom pose mo&amp;del file:</source>
        <translation>Eigene Posenmo&amp;delldatei:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Only remind me during working hours</source>
        <translation>&amp;Nur während der Arbeitszeit erinnern</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Start of working hours</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>End of working hours</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Include &amp;floor exercises</source>
        <translation>&amp;Bodenübungen einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Count stretches with the camera</source>
        <translation>Übungen mit der Kamera &amp;zählen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Play a sound with reminders</source>
        <translation>Bei Erinnerungen einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <source>Show an &amp;end-of-day summary notification</source>
        <translation>Am Ende des Tages eine &amp;Zusammenfassung zeigen</translation>
    </message>
    <message>
        <source>System &amp;&amp; data</source>
        <translation>System &amp;&amp; Daten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>&amp;Keep posture history for:</source>
        <translation>Haltungsverlauf auf&amp;bewahren für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Settings — postureapp</source>
        <translation>Einstellungen – postureapp</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>From 1, lenient, to 10, strict: how far from upright counts as rounded.</source>
        <translation>Von 1, nachsichtig, bis 10, streng: wie weit von aufrecht entfernt als gerundet gilt.</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Nachsichtig</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Streng</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>A new language applies when postureapp next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von postureapp.</translation>
    </message>
    <message>
        <source>&amp;Keep the camera open</source>
        <translation>Kamera &amp;geöffnet lassen</translation>
    </message>
    <message>
        <source>Keep the camera open</source>
        <translation>Kamera geöffnet lassen</translation>
    </message>
    <message>
        <source>The camera light stays on while the app watches, and each check is instant. While postureapp holds the camera, a video call app may not be able to use it.</source>
        <translation>Das Kameralicht bleibt an, solange die App beobachtet, und jede Prüfung geht sofort. Solange postureapp die Kamera belegt, kann eine Videokonferenz-App sie womöglich nicht nutzen.</translation>
    </message>
    <message>
        <source>&amp;Open the camera only to take a sample (recommended)</source>
        <translation>Kamera nur für eine &amp;Stichprobe öffnen (empfohlen)</translation>
    </message>
    <message>
        <source>Open the camera only to take a sample</source>
        <translation>Kamera nur für eine Stichprobe öffnen</translation>
    </message>
    <message>
        <source>The camera light blinks on briefly for each check, and each check takes a second or more while the camera wakes up. Between checks the camera is closed, which some people prefer for privacy, and other apps can use it.</source>
        <translation>Das Kameralicht leuchtet bei jeder Prüfung kurz auf, und jede Prüfung dauert eine Sekunde oder länger, während die Kamera startet. Zwischen den Prüfungen ist die Kamera geschlossen – manchen ist das für die Privatsphäre lieber –, und andere Apps können sie nutzen.</translation>
    </message>
    <message>
        <source>Empty: use the built-in model</source>
        <translation>Leer: das eingebaute Modell verwenden</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Browse for a pose model file</source>
        <translation>Nach einer Posenmodelldatei suchen</translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation>&amp;Mo</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>&amp;Tue</source>
        <translation>&amp;Di</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>M&amp;i</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>D&amp;o</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>&amp;Fri</source>
        <translation>&amp;Fr</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>S&amp;a</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>&amp;So</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Floor exercises need space to kneel or lie down. When this is off, breaks only suggest what you can do at your desk.</source>
        <translation>Bodenübungen brauchen Platz zum Knien oder Liegen. Ist dies aus, schlagen Pausen nur vor, was Sie am Schreibtisch machen können.</translation>
    </message>
    <message>
        <source>During a guided break the camera watches the stretch on screen, once or twice a second, to count repetitions and time holds, and says which stretches it saw done. Frames stay in memory and are never stored; the camera is released when the stretch ends. Works once you have calibrated; off means the break&apos;s timer counts.</source>
        <translation>Während einer geführten Pause beobachtet die Kamera die angezeigte Übung ein- bis zweimal pro Sekunde, um Wiederholungen zu zählen und Haltephasen zu messen, und sagt, welche Übungen sie gesehen hat. Die Bilder bleiben im Arbeitsspeicher und werden nie gespeichert; die Kamera wird freigegeben, wenn die Übung endet. Funktioniert, sobald Sie kalibriert haben; ist es aus, zählt der Pausen-Timer.</translation>
    </message>
    <message>
        <source>Suggest these stretches (if you untick them all, breaks suggest a short walk):</source>
        <translation>Diese Übungen vorschlagen (wenn Sie alle abwählen, schlagen Pausen einen kurzen Spaziergang vor):</translation>
    </message>
    <message>
        <source>{name} (on the floor)</source>
        <translation>{name} (auf dem Boden)</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Speicherort der Daten</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Speicherort der Daten:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Kamera {index}</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>Nicht gespeichert. {field}: {reason}</translation>
    </message>
    <message>
        <source>Choose a pose model</source>
        <translation>Ein Posenmodell wählen</translation>
    </message>
    <message>
        <source>MediaPipe task files (*.task);;All files (*)</source>
        <translation>MediaPipe-Task-Dateien (*.task);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Delete your posture history, summaries, settings and calibration? This cannot be undone.</source>
        <translation>Haltungsverlauf, Zusammenfassungen, Einstellungen und Kalibrierung löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop, so postureapp shows this window instead. Closing it quits postureapp.</source>
        <translation>Auf diesem Desktop wurde kein Infobereich (System-Tray) gefunden, deshalb zeigt postureapp stattdessen dieses Fenster. Wenn Sie es schließen, wird postureapp beendet.</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menü</translation>
    </message>
    <message>
        <source>Open the postureapp menu</source>
        <translation>Das postureapp-Menü öffnen</translation>
    </message>
</context>
<context>
    <name>StretchCameraPanel</name>
    <message>
        <source>What the camera counted</source>
        <translation>Was die Kamera gezählt hat</translation>
    </message>
    <message>
        <source>Form cue</source>
        <translation>Hinweis zur Ausführung</translation>
    </message>
    <message>
        <source>The camera is counting this stretch. Frames stay in memory and are never stored; it is released when the stretch ends.</source>
        <translation>Die Kamera zählt diese Übung. Die Bilder bleiben im Arbeitsspeicher und werden nie gespeichert; die Kamera wird freigegeben, wenn die Übung endet.</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Warten auf die Kamera…</translation>
    </message>
    <message>
        <source>The camera cannot judge this stretch; the timer counts it.</source>
        <translation>Die Kamera kann diese Übung nicht beurteilen; der Timer zählt sie.</translation>
    </message>
    <message>
        <source>Not seen: {reason}</source>
        <translation>Nicht gesehen: {reason}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {detail}</source>
        <translation>Letzte Übung, {name}: {detail}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {title}. {detail}</source>
        <translation>Letzte Übung, {name}: {title}. {detail}</translation>
    </message>
    <message>
        <source>The camera has been released.</source>
        <translation>Die Kamera wurde freigegeben.</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Posture summary — postureapp</source>
        <translation>Haltungsübersicht – postureapp</translation>
    </message>
    <message>
        <source>Summary views</source>
        <translation>Ansichten der Übersicht</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>History storage problem</source>
        <translation>Problem beim Speichern des Verlaufs</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <source>Back to &amp;today</source>
        <translation>Zurück zu &amp;heute</translation>
    </message>
    <message>
        <source>No data for this day yet</source>
        <translation>Für diesen Tag gibt es noch keine Daten</translation>
    </message>
    <message>
        <source>Time monitored</source>
        <translation>Beobachtete Zeit</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>Längste Sitzzeit am Stück</translation>
    </message>
    <message>
        <source>Posture nudges</source>
        <translation>Haltungshinweise</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Natürliche Pausen</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Gemachte Übungen</translation>
    </message>
    <message>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Letzte &amp;7 Tage</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Letzte &amp;30 Tage</translation>
    </message>
    <message>
        <source>No data for these days yet</source>
        <translation>Für diese Tage gibt es noch keine Daten</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>Pausen gemacht / fällig</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Längste Sitzzeit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Press Enter on a day to open it</source>
        <translation>Drücken Sie die Eingabetaste auf einem Tag, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every day in your history as a CSV table</source>
        <translation>Jeden Tag Ihres Verlaufs als CSV-Tabelle speichern</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save every day in your history as JSON</source>
        <translation>Jeden Tag Ihres Verlaufs als JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>&amp;Wochenbericht…</translation>
    </message>
    <message>
        <source>Save a printable report of the 7 days ending on the day shown, for example for your physical therapist</source>
        <translation>Einen druckbaren Bericht der 7 Tage bis zum angezeigten Tag speichern, zum Beispiel für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Posture history can&apos;t be saved to disk right now; it is kept in memory.</source>
        <translation>Der Haltungsverlauf kann gerade nicht auf der Festplatte gespeichert werden; er bleibt im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Heute, {day}</translation>
    </message>
    <message>
        <source>{share} of judged time</source>
        <translation>{share} der bewerteten Zeit</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>{shown} shown, {heeded} heeded</source>
        <translation>{shown} gezeigt, {heeded} befolgt</translation>
    </message>
    <message>
        <source>{taken} taken, {snoozed} snoozed, {skipped} skipped ({due} due)</source>
        <translation>{taken} gemacht, {snoozed} aufgeschoben, {skipped} übersprungen ({due} fällig)</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>{count}: {names}</source>
        <translation>{count}: {names}</translation>
    </message>
    <message>
        <source> — {confirmed} confirmed by the camera</source>
        <translation> – {confirmed} von der Kamera bestätigt</translation>
    </message>
    <message>
        <source>Could not save the {what} to {path}: {reason}</source>
        <translation>Konnte {what} nicht unter {path} speichern: {reason}</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>{what} unter {path} gespeichert</translation>
    </message>
    <message>
        <source>Export posture history as CSV</source>
        <translation>Haltungsverlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>CSV-Export</translation>
    </message>
    <message>
        <source>Export posture history as JSON</source>
        <translation>Haltungsverlauf als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation>JSON-Export</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Den Wochenbericht speichern</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>Wochenbericht</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to postureapp</source>
        <translation>Willkommen bei postureapp</translation>
    </message>
    <message>
        <source>postureapp reminds you to stand up and stretch when you have been sitting for a while, and can let you know when you have been slumped forward for a long time.</source>
        <translation>postureapp erinnert Sie daran, aufzustehen und sich zu dehnen, wenn Sie eine Weile gesessen haben, und kann Ihnen Bescheid geben, wenn Sie lange nach vorn zusammengesackt waren.</translation>
    </message>
    <message>
        <source>What the camera is for</source>
        <translation>Wofür die Kamera da ist</translation>
    </message>
    <message>
        <source>Only to see how you sit and whether you are at your desk. That is all it looks for.</source>
        <translation>Nur um zu sehen, wie Sie sitzen und ob Sie am Schreibtisch sind. Nach mehr sieht sie nicht.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Ihre Bilder bleiben bei Ihnen</translation>
    </message>
    <message>
        <source>No image is ever stored or sent anywhere. Everything happens on this computer, and nothing leaves it.</source>
        <translation>Kein Bild wird je gespeichert oder irgendwohin gesendet. Alles geschieht auf diesem Computer, und nichts verlässt ihn.</translation>
    </message>
    <message>
        <source>The camera is up to you</source>
        <translation>Die Kamera entscheiden Sie</translation>
    </message>
    <message>
        <source>You can turn the camera off at any time and still use the break timer. Without the camera, it counts the time your computer is unlocked.</source>
        <translation>Sie können die Kamera jederzeit ausschalten und den Pausen-Timer trotzdem nutzen. Ohne Kamera zählt er die Zeit, in der Ihr Computer entsperrt ist.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Use the &amp;timer without the camera</source>
        <translation>&amp;Timer ohne Kamera nutzen</translation>
    </message>
    <message>
        <source>Use the timer without the camera</source>
        <translation>Timer ohne Kamera nutzen</translation>
    </message>
    <message>
        <source>&amp;Set up the camera</source>
        <translation>Kamera &amp;einrichten</translation>
    </message>
    <message>
        <source>Set up the camera</source>
        <translation>Kamera einrichten</translation>
    </message>
</context>
<context>
    <name>_ScreenCover</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>Pausenzeit – postureapp</translation>
    </message>
    <message>
        <source>Time to step away from the screen</source>
        <translation>Zeit, vom Bildschirm wegzutreten</translation>
    </message>
    <message>
        <source>Stand up, stretch and move. The break window has the stretches.</source>
        <translation>Stehen Sie auf, dehnen Sie sich und bewegen Sie sich. Das Pausenfenster zeigt die Übungen.</translation>
    </message>
    <message>
        <source>Back to work: leave this screen</source>
        <translation>Zurück an die Arbeit: diesen Bildschirm verlassen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start beim Anmelden</translation>
    </message>
    <message>
        <source>The screen could not be locked</source>
        <translation>Der Bildschirm ließ sich nicht sperren</translation>
    </message>
    <message>
        <source>Lock it the usual way, or just step away from the desk.</source>
        <translation>Sperren Sie ihn wie gewohnt, oder gehen Sie einfach vom Schreibtisch weg.</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Start at login is only supported on Linux so far.</source>
        <translation>Der Start beim Anmelden wird bisher nur unter Linux unterstützt.</translation>
    </message>
    <message>
        <source>Could not change start at login ({file}): {problem}</source>
        <translation>Der Start beim Anmelden ließ sich nicht ändern ({file}): {problem}</translation>
    </message>
</context>
<context>
    <name>break_prompt</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min {seconds} s</translation>
    </message>
    <message>
        <source>You snoozed once: this break is {longer} min longer.</source>
        <translation>Sie haben einmal aufgeschoben: Diese Pause dauert {longer} Min. länger.</translation>
    </message>
    <message>
        <source>Each snooze adds {amount} to the break.</source>
        <translation>Jedes Aufschieben verlängert die Pause um {amount}.</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <source>You&apos;ve snoozed once, so this break can&apos;t wait: the prompt insists.</source>
        <translation>Sie haben einmal aufgeschoben, deshalb kann diese Pause nicht warten: Die Erinnerung bleibt.</translation>
    </message>
    <message>
        <source>This break can&apos;t be snoozed: the prompt insists.</source>
        <translation>Diese Pause lässt sich nicht aufschieben: Die Erinnerung bleibt.</translation>
    </message>
    <message>
        <source>{reason} A few minutes on your feet will do your back good.</source>
        <translation>{reason} Ein paar Minuten auf den Beinen tun Ihrem Rücken gut.</translation>
    </message>
    <message>
        <source>Your break: {length}. Here is what to try:</source>
        <translation>Ihre Pause: {length}. Das können Sie ausprobieren:</translation>
    </message>
    <message>
        <source>S&amp;nooze {minutes} min</source>
        <translation>{minutes} Min. &amp;aufschieben</translation>
    </message>
</context>
<context>
    <name>calibration</name>
    <message>
        <source>The camera gave no pictures to calibrate from.</source>
        <translation>Die Kamera hat keine Bilder zum Kalibrieren geliefert.</translation>
    </message>
    <message>
        <source>Calibration failed: only {usable} of {total} camera pictures showed you clearly. {advice}</source>
        <translation>Kalibrierung fehlgeschlagen: Nur {usable} von {total} Kamerabildern zeigten Sie deutlich. {advice}</translation>
    </message>
    <message>
        <source>Calibration failed: your head appears level with or below your shoulders. Sit tall, with the camera at about eye level, and try again.</source>
        <translation>Kalibrierung fehlgeschlagen: Ihr Kopf scheint auf Höhe Ihrer Schultern oder darunter zu sein. Sitzen Sie aufrecht, die Kamera etwa auf Augenhöhe, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Calibrated from {used} of {total} camera pictures.</source>
        <translation>Aus {used} von {total} Kamerabildern kalibriert.</translation>
    </message>
    <message>
        <source>Your slumped posture looks almost like your upright one from the camera, so it was not used: slumps are judged from your upright posture alone. Let your head and shoulders sink the way they do late in the day, and try again.</source>
        <translation>Ihre zusammengesackte Haltung sieht für die Kamera fast wie Ihre aufrechte aus und wurde deshalb nicht verwendet: Zusammensacken wird allein anhand Ihrer aufrechten Haltung beurteilt. Lassen Sie Kopf und Schultern so sinken, wie sie es spät am Tag tun, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Learned how you slump from {used} of {total} camera pictures.</source>
        <translation>Ihr Zusammensacken aus {used} von {total} Kamerabildern gelernt.</translation>
    </message>
    <message>
        <source>You appear much nearer to the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>Sie erscheinen viel näher an der Kamera als beim Kalibrieren; falls Kamera oder Bildschirm bewegt wurden, kalibrieren Sie bitte neu.</translation>
    </message>
    <message>
        <source>You appear much further from the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>Sie erscheinen viel weiter von der Kamera entfernt als beim Kalibrieren; falls Kamera oder Bildschirm bewegt wurden, kalibrieren Sie bitte neu.</translation>
    </message>
    <message>
        <source>You appear in a different part of the camera&apos;s view than when you calibrated; if the camera moved, please recalibrate.</source>
        <translation>Sie erscheinen in einem anderen Teil des Kamerabilds als beim Kalibrieren; falls die Kamera bewegt wurde, kalibrieren Sie bitte neu.</translation>
    </message>
    <message>
        <source>Your posture has read as strongly rounded for the last 20 minutes. If you are sitting upright, the calibration no longer fits: please recalibrate.</source>
        <translation>Ihre Haltung wurde in den letzten 20 Minuten als stark gerundet erkannt. Wenn Sie aufrecht sitzen, passt die Kalibrierung nicht mehr: Bitte kalibrieren Sie neu.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>No camera found at {device}.</source>
        <translation>Keine Kamera unter {device} gefunden.</translation>
    </message>
    <message>
        <source>No permission to use {device} (is the user in the video group?).</source>
        <translation>Keine Berechtigung für {device} (ist der Benutzer in der Gruppe „video“?).</translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation>Die Kamera ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The camera is in use by another app (a video call?).</source>
        <translation>Die Kamera wird von einer anderen App verwendet (eine Videokonferenz?).</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>Die Kamera wurde getrennt.</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>Die Kamera liefert kein Bild.</translation>
    </message>
    <message>
        <source>The camera is turned off.</source>
        <translation>Die Kamera ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Break due</source>
        <translation>Pause fällig</translation>
    </message>
    <message>
        <source>Break taken</source>
        <translation>Pause gemacht</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Aufgeschoben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Natürliche Pause</translation>
    </message>
</context>
<context>
    <name>coach</name>
    <message>
        <source>For 15 minutes</source>
        <translation>Für 15 Minuten</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>Posture monitoring is off</source>
        <translation>Die Haltungsbeobachtung ist aus</translation>
    </message>
    <message>
        <source>{problem} The break timer keeps working.</source>
        <translation>{problem} Der Pausen-Timer läuft weiter.</translation>
    </message>
    <message>
        <source>Recalibrate?</source>
        <translation>Neu kalibrieren?</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Pause starten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Aufschieben</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Camera busy for hours</source>
        <translation>Kamera seit Stunden belegt</translation>
    </message>
    <message>
        <source>Another app has held the camera for two hours. Breaks are timed again; pause postureapp if you are in a long meeting.</source>
        <translation>Eine andere App belegt die Kamera seit zwei Stunden. Pausen werden wieder nach Zeit fällig; halten Sie postureapp an, wenn Sie in einer langen Besprechung sind.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Posture history</source>
        <translation>Haltungsverlauf</translation>
    </message>
    <message>
        <source>Posture history not saved</source>
        <translation>Haltungsverlauf nicht gespeichert</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <source>Someone else is in view; only you are judged</source>
        <translation>Jemand anderes ist im Bild; nur Sie werden beurteilt</translation>
    </message>
    <message>
        <source>Camera off while paused</source>
        <translation>Kamera aus, solange angehalten</translation>
    </message>
    <message>
        <source>The camera does not see you</source>
        <translation>Die Kamera sieht Sie nicht</translation>
    </message>
    <message>
        <source>Not calibrated yet: Calibrate posture in the menu</source>
        <translation>Noch nicht kalibriert: „Haltung kalibrieren“ im Menü</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM, yyyy); order it as your language does</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM); order it as your language does</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd
d MMM</source>
        <comment>a Qt date pattern on two lines, weekday first; order it your language&apos;s way</comment>
        <translation>ddd
d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a Qt date pattern (d, M, MMM); order it as your language does</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>day_summary</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{done} ({confirmed} confirmed)</source>
        <translation>{done} ({confirmed} bestätigt)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation>Heute: noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Today: {duration} monitored</source>
        <translation>Heute: {duration} beobachtet</translation>
    </message>
    <message>
        <source>{share} upright</source>
        <translation>{share} aufrecht</translation>
    </message>
    <message>
        <source>longest sit {duration}</source>
        <translation>längste Sitzzeit {duration}</translation>
    </message>
</context>
<context>
    <name>guided_break</name>
    <message>
        <source>Break time left {time}</source>
        <translation>Verbleibende Pausenzeit {time}</translation>
    </message>
    <message>
        <source>Break time is up — finish when you&apos;re ready</source>
        <translation>Die Pausenzeit ist um – beenden Sie, wenn Sie so weit sind</translation>
    </message>
    <message>
        <source>first side, then switch sides</source>
        <translation>erste Seite, dann Seite wechseln</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>andere Seite</translation>
    </message>
    <message>
        <source>Hold {number} of {total}</source>
        <translation>Haltephase {number} von {total}</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>Halten {time}</translation>
    </message>
    <message>
        <source>Release {time}</source>
        <translation>Lösen {time}</translation>
    </message>
    <message>
        <source>Rest and breathe — next is hold {number} of {total}</source>
        <translation>Ausruhen und atmen – als Nächstes Haltephase {number} von {total}</translation>
    </message>
    <message>
        <source>Switch sides {time}</source>
        <translation>Seite wechseln {time}</translation>
    </message>
    <message>
        <source>Come back to the middle and get ready for the other side</source>
        <translation>Zur Mitte zurückkommen und für die andere Seite bereit machen</translation>
    </message>
    <message>
        <source>Slow and steady, about {seconds} s each</source>
        <translation>Langsam und gleichmäßig, jeweils etwa {seconds} s</translation>
    </message>
    <message>
        <source>Rep {number} of {total}</source>
        <translation>Wiederholung {number} von {total}</translation>
    </message>
    <message>
        <source>Walk {time}</source>
        <translation>Gehen {time}</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace until the time is up</source>
        <translation>In gemütlichem Tempo weitergehen, bis die Zeit um ist</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>That was the last one — press Done to finish</source>
        <translation>Das war die letzte – drücken Sie „Fertig“, um abzuschließen</translation>
    </message>
    <message>
        <source>Press Next when you&apos;re ready</source>
        <translation>Drücken Sie „Weiter“, wenn Sie so weit sind</translation>
    </message>
</context>
<context>
    <name>history_store</name>
    <message>
        <source>Posture history is kept in memory for now and saved when this is fixed.</source>
        <translation>Der Haltungsverlauf bleibt vorerst im Arbeitsspeicher und wird gespeichert, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>The history file was written by a newer version of the app.</source>
        <translation>Die Verlaufsdatei wurde von einer neueren Version der App geschrieben.</translation>
    </message>
    <message>
        <source>The history file {file} belongs to another program (it holds {tables}), so it was left alone: move it elsewhere.</source>
        <translation>Die Verlaufsdatei {file} gehört zu einem anderen Programm (sie enthält {tables}) und wurde daher nicht angetastet: Verschieben Sie sie an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>The history file can&apos;t be written (read-only).</source>
        <translation>Die Verlaufsdatei kann nicht geschrieben werden (schreibgeschützt).</translation>
    </message>
    <message>
        <source>The history file is in use by another program.</source>
        <translation>Die Verlaufsdatei wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>The history file can&apos;t be saved ({problem}).</source>
        <translation>Die Verlaufsdatei kann nicht gespeichert werden ({problem}).</translation>
    </message>
    <message>
        <source>The history file is damaged and could not be moved aside. Posture history is kept in memory for now.</source>
        <translation>Die Verlaufsdatei ist beschädigt und ließ sich nicht beiseitelegen. Der Haltungsverlauf bleibt vorerst im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The history file was damaged ({problem}). It was moved aside to {file} and a new history was started.</source>
        <translation>Die Verlaufsdatei war beschädigt ({problem}). Sie wurde als {file} beiseitegelegt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>was deleted</source>
        <translation>wurde gelöscht</translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation>wurde durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>was overwritten with something that is not a history database</source>
        <translation>wurde mit etwas überschrieben, das keine Verlaufsdatenbank ist</translation>
    </message>
    <message>
        <source>was damaged (quick check: {result})</source>
        <translation>wurde beschädigt (Schnellprüfung: {result})</translation>
    </message>
    <message>
        <source> It was moved aside to {file}.</source>
        <translation> Sie wurde als {file} beiseitegelegt.</translation>
    </message>
    <message>
        <source>The history file {what} while the app was running.{kept} A new history file was started with {how_much}.</source>
        <translation>Die Verlaufsdatei {what}, während die App lief.{kept} Eine neue Verlaufsdatei wurde begonnen mit {how_much}.</translation>
    </message>
    <message>
        <source>all the history it still held</source>
        <translation>dem gesamten Verlauf, den sie noch enthielt</translation>
    </message>
    <message>
        <source>today&apos;s history</source>
        <translation>dem heutigen Verlauf</translation>
    </message>
    <message>
        <source>only what had not been saved yet</source>
        <translation>nur dem, was noch nicht gespeichert war</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Data deleted</source>
        <translation>Daten gelöscht</translation>
    </message>
    <message>
        <source>Your posture history, calibration and settings are deleted.</source>
        <translation>Ihr Haltungsverlauf, Ihre Kalibrierung und Ihre Einstellungen sind gelöscht.</translation>
    </message>
    <message>
        <source>History not deleted</source>
        <translation>Verlauf nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>pose_model</name>
    <message>
        <source>The embedded pose model is missing ({file}). Reinstall postureapp.</source>
        <translation>Das eingebaute Posenmodell fehlt ({file}). Installieren Sie postureapp neu.</translation>
    </message>
    <message>
        <source>The embedded pose model is corrupt ({file}: SHA-256 {found}..., expected {expected}...). Reinstall postureapp.</source>
        <translation>Das eingebaute Posenmodell ist beschädigt ({file}: SHA-256 {found}..., erwartet {expected}...). Installieren Sie postureapp neu.</translation>
    </message>
    <message>
        <source>Pose model not found: {file}</source>
        <translation>Posenmodell nicht gefunden: {file}</translation>
    </message>
    <message>
        <source>The pose model {file} is not a file (a folder, a FIFO or a device).</source>
        <translation>Das Posenmodell {file} ist keine Datei (ein Ordner, ein FIFO oder ein Gerät).</translation>
    </message>
    <message>
        <source>{file} is not a MediaPipe .task bundle ({problem}).</source>
        <translation>{file} ist kein MediaPipe-.task-Paket ({problem}).</translation>
    </message>
    <message>
        <source>{file} is not a pose landmarker bundle: it lacks {members}.</source>
        <translation>{file} ist kein Pose-Landmarker-Paket: Es fehlt {members}.</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>Your head and both shoulders are in view.</source>
        <translation>Ihr Kopf und beide Schultern sind im Bild.</translation>
    </message>
    <message>
        <source>Nobody in view.</source>
        <translation>Niemand im Bild.</translation>
    </message>
    <message>
        <source>Your head is out of the camera&apos;s view.</source>
        <translation>Ihr Kopf ist außerhalb des Kamerabilds.</translation>
    </message>
    <message>
        <source>Both shoulders need to be in the camera&apos;s view: tilt the camera down or sit further back.</source>
        <translation>Beide Schultern müssen im Kamerabild sein: Neigen Sie die Kamera nach unten oder setzen Sie sich weiter zurück.</translation>
    </message>
    <message>
        <source>It is too dark for the camera to see you.</source>
        <translation>Es ist zu dunkel, als dass die Kamera Sie sehen könnte.</translation>
    </message>
    <message>
        <source>There is bright light behind you; the camera cannot see you well. Face the light or close the blind behind you.</source>
        <translation>Hinter Ihnen ist helles Licht; die Kamera kann Sie nicht gut sehen. Wenden Sie sich dem Licht zu oder schließen Sie die Jalousie hinter Ihnen.</translation>
    </message>
    <message>
        <source>The camera cannot see you clearly enough to judge posture.</source>
        <translation>Die Kamera sieht Sie nicht deutlich genug, um die Haltung zu beurteilen.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Sit tall and let your head float up</source>
        <translation>Sitzen Sie aufrecht und lassen Sie den Kopf nach oben schweben</translation>
    </message>
    <message>
        <source>Shoulders relaxed, down and back</source>
        <translation>Schultern entspannt, nach unten und hinten</translation>
    </message>
    <message>
        <source>Bring the screen to eye level</source>
        <translation>Bringen Sie den Bildschirm auf Augenhöhe</translation>
    </message>
    <message>
        <source>Let your head rest over your shoulders</source>
        <translation>Lassen Sie den Kopf über den Schultern ruhen</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation>Atmen Sie aus und lassen Sie die Schultern sinken</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein (Wert: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>muss zwischen {low} und {high} liegen (Wert: {value})</translation>
    </message>
    <message>
        <source>must be a time like 09:00, got {value}</source>
        <translation>muss eine Uhrzeit wie 09:00 sein (Wert: {value})</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>muss true oder false sein (Wert: {value})</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>muss ein Dateipfad sein</translation>
    </message>
    <message>
        <source>must differ from the start of the working day</source>
        <translation>muss sich vom Beginn der Arbeitszeit unterscheiden</translation>
    </message>
    <message>
        <source>must be days among {days}</source>
        <translation>muss aus diesen Tagen bestehen: {days}</translation>
    </message>
    <message>
        <source>pick at least one working day, or turn the working-hours schedule off</source>
        <translation>wählen Sie mindestens einen Arbeitstag oder schalten Sie den Arbeitszeitplan aus</translation>
    </message>
    <message>
        <source>must be stretch ids among {ids}</source>
        <translation>muss aus diesen Übungskennungen bestehen: {ids}</translation>
    </message>
    <message>
        <source>must be one of {languages}, or empty for the system&apos;s language</source>
        <translation>muss eine von {languages} sein oder leer für die Systemsprache</translation>
    </message>
    <message>
        <source>must be a calibration baseline</source>
        <translation>muss eine Kalibrierung sein</translation>
    </message>
</context>
<context>
    <name>settings_file</name>
    <message>
        <source>Your posture calibration was lost; please recalibrate.</source>
        <translation>Ihre Haltungskalibrierung ging verloren; bitte kalibrieren Sie neu.</translation>
    </message>
    <message>
        <source>The settings file {file} could not be read ({problem}); using the default settings.</source>
        <translation>Die Einstellungsdatei {file} konnte nicht gelesen werden ({problem}); die Standardeinstellungen werden verwendet.</translation>
    </message>
    <message>
        <source>Sitting limit (minutes)</source>
        <translation>Sitzdauer bis zur Pause (Minuten)</translation>
    </message>
    <message>
        <source>Break length (minutes)</source>
        <translation>Pausenlänge (Minuten)</translation>
    </message>
    <message>
        <source>Natural break (minutes)</source>
        <translation>Abwesenheit, die als Pause zählt (Minuten)</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Aufschieben um (Minuten)</translation>
    </message>
    <message>
        <source>Max snoozes</source>
        <translation>Höchstens so oft aufschieben</translation>
    </message>
    <message>
        <source>Strict breaks</source>
        <translation>Strenge Pausen</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit der Haltungserkennung</translation>
    </message>
    <message>
        <source>Nudges enabled</source>
        <translation>Hinweise bei gerundetem Rücken</translation>
    </message>
    <message>
        <source>Nudge after (seconds)</source>
        <translation>Gerundet bis zum Hinweis (Sekunden)</translation>
    </message>
    <message>
        <source>Nudge cooldown (minutes)</source>
        <translation>Mindestabstand zwischen Hinweisen (Minuten)</translation>
    </message>
    <message>
        <source>Camera enabled</source>
        <translation>Kamera verwenden</translation>
    </message>
    <message>
        <source>Camera index</source>
        <translation>Kameranummer</translation>
    </message>
    <message>
        <source>Sample interval (seconds)</source>
        <translation>Haltung prüfen alle (Sekunden)</translation>
    </message>
    <message>
        <source>Keep camera open</source>
        <translation>Kamera geöffnet lassen</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Live-Vorschau beim Kalibrieren</translation>
    </message>
    <message>
        <source>Model path</source>
        <translation>Eigene Posenmodelldatei</translation>
    </message>
    <message>
        <source>Schedule enabled</source>
        <translation>Nur während der Arbeitszeit erinnern</translation>
    </message>
    <message>
        <source>Work start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>Work end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Disabled stretches</source>
        <translation>Abgeschaltete Übungen</translation>
    </message>
    <message>
        <source>Floor exercises</source>
        <translation>Bodenübungen</translation>
    </message>
    <message>
        <source>Camera counts stretches</source>
        <translation>Übungen mit der Kamera zählen</translation>
    </message>
    <message>
        <source>Sound enabled</source>
        <translation>Ton bei Erinnerungen</translation>
    </message>
    <message>
        <source>End of day summary</source>
        <translation>Zusammenfassung am Ende des Tages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Haltungsverlauf aufbewahren (Tage)</translation>
    </message>
    <message>
        <source>First run done</source>
        <translation>Ersteinrichtung abgeschlossen</translation>
    </message>
    <message>
        <source>Safety acknowledged</source>
        <translation>Sicherheitshinweise gelesen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>The settings file held bytes that are not UTF-8 text; they were replaced with “�”.</source>
        <translation>Die Einstellungsdatei enthielt Bytes, die kein UTF-8-Text sind; sie wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>The settings file was damaged, so all settings were reset to their defaults.</source>
        <translation>Die Einstellungsdatei war beschädigt, deshalb wurden alle Einstellungen auf ihre Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <source>The original file was kept as {file}.</source>
        <translation>Die ursprüngliche Datei wurde als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file {file} is larger than {size} KB, so it was not read and could not be moved aside ({problem}); using the default settings.</source>
        <translation>Die Einstellungsdatei {file} ist größer als {size} KB, wurde deshalb nicht gelesen und ließ sich nicht beiseitelegen ({problem}); die Standardeinstellungen werden verwendet.</translation>
    </message>
    <message>
        <source>The settings file was larger than {size} KB, far too big to be settings, so it was not read and the default settings are used. It was kept as {file}.</source>
        <translation>Die Einstellungsdatei war größer als {size} KB, viel zu groß für Einstellungen; sie wurde deshalb nicht gelesen, und die Standardeinstellungen werden verwendet. Sie wurde als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>Some settings did not fit together and were reset.</source>
        <translation>Einige Einstellungen passten nicht zusammen und wurden zurückgesetzt.</translation>
    </message>
    <message>
        <source>The language “{language}” in the settings file is not one postureapp speaks ({languages}), so it follows the system&apos;s language.</source>
        <translation>Die Sprache „{language}“ in der Einstellungsdatei spricht postureapp nicht ({languages}); deshalb gilt die Sprache des Systems.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>„keine“</translation>
    </message>
    <message>
        <source>on</source>
        <translation>„an“</translation>
    </message>
    <message>
        <source>off</source>
        <translation>„aus“</translation>
    </message>
    <message>
        <source>it had the wrong kind of value</source>
        <translation>der Wert hatte einen ungültigen Typ</translation>
    </message>
    <message>
        <source>it did not fit with {setting}</source>
        <translation>der Wert passte nicht zu „{setting}“</translation>
    </message>
    <message>
        <source>{setting} was reset to {default}: {reason}.</source>
        <translation>„{setting}“ wurde auf {default} zurückgesetzt: {reason}.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>im Gespräch</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation>in einer Besprechung</translation>
    </message>
    <message>
        <source>for a minute after the call or meeting</source>
        <translation>eine Minute lang nach dem Gespräch oder der Besprechung</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>break in progress</source>
        <translation>Pause läuft</translation>
    </message>
    <message>
        <source>upright</source>
        <translation>aufrecht</translation>
    </message>
    <message>
        <source>rounded forward</source>
        <translation>nach vorn gerundet</translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation>nicht am Schreibtisch</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>Aufrecht</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Gerundet</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>camera off (timer only)</source>
        <translation>Kamera aus (nur Timer)</translation>
    </message>
    <message>
        <source>no camera found (timer only)</source>
        <translation>keine Kamera gefunden (nur Timer)</translation>
    </message>
    <message>
        <source>camera in use by another app</source>
        <translation>Kamera von einer anderen App belegt</translation>
    </message>
    <message>
        <source>camera disconnected (timer only)</source>
        <translation>Kamera getrennt (nur Timer)</translation>
    </message>
    <message>
        <source>camera gives no picture (timer only)</source>
        <translation>Kamera liefert kein Bild (nur Timer)</translation>
    </message>
    <message>
        <source>replay ended</source>
        <translation>Wiedergabe beendet</translation>
    </message>
    <message>
        <source>Breaks held: {reasons}</source>
        <translation>Pausen zurückgehalten: {reasons}</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Angehalten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Nicht am Schreibtisch</translation>
    </message>
    <message>
        <source>Sitting for {minutes} min, next break in {until} min</source>
        <translation>Seit {minutes} Min. im Sitzen, nächste Pause in {until} Min.</translation>
    </message>
    <message>
        <source>Posture: {posture}</source>
        <translation>Haltung: {posture}</translation>
    </message>
    <message>
        <source>Posture checks use the camera</source>
        <translation>Haltungsprüfungen nutzen die Kamera</translation>
    </message>
</context>
<context>
    <name>stretch_recognition</name>
    <message>
        <source>Confirmed by the camera</source>
        <translation>Von der Kamera bestätigt</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise gemacht</translation>
    </message>
    <message>
        <source>Not seen done</source>
        <translation>Keine Ausführung gesehen</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Nicht gesehen</translation>
    </message>
    <message>
        <source>Not judged by the camera</source>
        <translation>Nicht von der Kamera beurteilt</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>im Bild</translation>
    </message>
    <message>
        <source>nobody was in view</source>
        <translation>niemand war im Bild</translation>
    </message>
    <message>
        <source>you were partly out of the camera&apos;s view</source>
        <translation>Sie waren teilweise außerhalb des Kamerabilds</translation>
    </message>
    <message>
        <source>it was too dark or too bright behind you</source>
        <translation>es war zu dunkel oder hinter Ihnen zu hell</translation>
    </message>
    <message>
        <source>another person was in view</source>
        <translation>eine andere Person war im Bild</translation>
    </message>
    <message>
        <source>the camera could not see you clearly</source>
        <translation>die Kamera konnte Sie nicht deutlich sehen</translation>
    </message>
    <message>
        <source>the camera gave no picture</source>
        <translation>die Kamera lieferte kein Bild</translation>
    </message>
    <message>
        <source>Shoulders down</source>
        <translation>Schultern nach unten</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Hold a little longer</source>
        <translation>Etwas länger halten</translation>
    </message>
    <message>
        <source>not judged by the camera</source>
        <translation>nicht von der Kamera beurteilt</translation>
    </message>
    <message>
        <source>away from the desk {seconds} s</source>
        <translation>{seconds} s nicht am Schreibtisch</translation>
    </message>
    <message>
        <source>repetition {number} of {total}</source>
        <translation>Wiederholung {number} von {total}</translation>
    </message>
    <message>
        <source>hold {number} of {total} — {seconds} s</source>
        <translation>Haltephase {number} von {total} – {seconds} s</translation>
    </message>
    <message>
        <source>hold {number} of {total} done — release</source>
        <translation>Haltephase {number} von {total} geschafft – lösen</translation>
    </message>
    <message>
        <source>side {side}: {text}</source>
        <translation>Seite {side}: {text}</translation>
    </message>
    <message>
        <source>Not judged by the camera (calibrate first so the camera can follow stretches); the timer counted it.</source>
        <translation>Nicht von der Kamera beurteilt (kalibrieren Sie zuerst, damit die Kamera Übungen verfolgen kann); der Timer hat sie gezählt.</translation>
    </message>
    <message>
        <source>Not judged by the camera (the camera cannot judge this stretch); the timer counted it.</source>
        <translation>Nicht von der Kamera beurteilt (die Kamera kann diese Übung nicht beurteilen); der Timer hat sie gezählt.</translation>
    </message>
    <message>
        <source>Not seen: the stretch ended before the camera saw anything.</source>
        <translation>Nicht gesehen: Die Übung endete, bevor die Kamera etwas sah.</translation>
    </message>
    <message>
        <source>Not seen: {reason}.</source>
        <translation>Nicht gesehen: {reason}.</translation>
    </message>
    <message>
        <source>Not judged by the camera: you stayed in view, and it cannot tell a walk.</source>
        <translation>Nicht von der Kamera beurteilt: Sie blieben im Bild, und einen Spaziergang kann sie nicht erkennen.</translation>
    </message>
    <message>
        <source>Seen: {done} s away from the desk (of {target} that count as the walk).</source>
        <translation>Gesehen: {done} s nicht am Schreibtisch (von {target}, die als Spaziergang zählen).</translation>
    </message>
</context>
<context>
    <name>stretches</name>
    <message>
        <source>Short walk</source>
        <translation>Kurzer Spaziergang</translation>
    </message>
    <message>
        <source>on your feet, away from the desk</source>
        <translation>auf den Beinen, weg vom Schreibtisch</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>2-3 minutes at an easy pace, or longer if you like</source>
        <translation>2-3&#xa0;Minuten in gemütlichem Tempo, gern auch länger</translation>
    </message>
    <message>
        <source>gets you out of the sitting position and moving</source>
        <translation>bringt Sie aus dem Sitzen in Bewegung</translation>
    </message>
    <message>
        <source>Mid-back ache at a desk often eases when you walk; short walks spread over the day help.</source>
        <translation>Schmerzen im mittleren Rücken am Schreibtisch lassen beim Gehen oft nach; kurze Spaziergänge über den Tag verteilt helfen.</translation>
    </message>
    <message>
        <source>Stand up and step away from the screen.</source>
        <translation>Stehen Sie auf und gehen Sie vom Bildschirm weg.</translation>
    </message>
    <message>
        <source>Walk at an easy pace: fetch some water, take the stairs, look out of a window.</source>
        <translation>Gehen Sie in gemütlichem Tempo: Holen Sie sich Wasser, nehmen Sie die Treppe, schauen Sie aus dem Fenster.</translation>
    </message>
    <message>
        <source>Let your arms swing and your shoulders settle down and back.</source>
        <translation>Lassen Sie die Arme schwingen und die Schultern nach unten und hinten sinken.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Katze-Kuh</translation>
    </message>
    <message>
        <source>floor, on hands and knees</source>
        <translation>Boden, im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>10-15 slow repetitions, breathing in while arching (cow), out while rounding (cat)</source>
        <translation>10-15 langsame Wiederholungen, einatmen beim Durchhängen ins Hohlkreuz (Kuh), ausatmen beim Runden (Katze)</translation>
    </message>
    <message>
        <source>mobilises the whole spine, releases mid-back tension</source>
        <translation>mobilisiert die ganze Wirbelsäule, löst Verspannungen im mittleren Rücken</translation>
    </message>
    <message>
        <source>Moves every part of the spine that sitting holds still.</source>
        <translation>Bewegt jeden Abschnitt der Wirbelsäule, den das Sitzen stillhält.</translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders and knees under your hips.</source>
        <translation>Gehen Sie in den Vierfüßlerstand, die Hände unter den Schultern und die Knie unter den Hüften.</translation>
    </message>
    <message>
        <source>Breathe in as you let your belly sink and lift your chest and gaze (cow).</source>
        <translation>Atmen Sie ein, während Sie den Bauch sinken lassen und Brust und Blick heben (Kuh).</translation>
    </message>
    <message>
        <source>Breathe out as you round your back up towards the ceiling, chin to chest (cat).</source>
        <translation>Atmen Sie aus, während Sie den Rücken zur Decke runden, Kinn zur Brust (Katze).</translation>
    </message>
    <message>
        <source>Move slowly between the two with your breath.</source>
        <translation>Wechseln Sie langsam im Rhythmus Ihres Atems zwischen beiden.</translation>
    </message>
    <message>
        <source>Thoracic extension</source>
        <translation>Streckung der Brustwirbelsäule</translation>
    </message>
    <message>
        <source>floor, seated, knees bent, feet flat</source>
        <translation>Boden, sitzend, Knie gebeugt, Füße flach aufgestellt</translation>
    </message>
    <message>
        <source>foam roller or rolled-up towel behind the upper back</source>
        <translation>Faszienrolle oder zusammengerolltes Handtuch hinter dem oberen Rücken</translation>
    </message>
    <message>
        <source>Lean back over it and hold 20-30 s; 3-5 times</source>
        <translation>Darüber zurücklehnen und 20-30&#xa0;s halten; 3-5&#xa0;Mal</translation>
    </message>
    <message>
        <source>opens the chest, extends the thoracic spine</source>
        <translation>öffnet den Brustkorb, streckt die Brustwirbelsäule</translation>
    </message>
    <message>
        <source>Undoes the forward rounding of hours over a screen.</source>
        <translation>Gleicht die Rundung nach vorn aus, die Stunden vor dem Bildschirm hinterlassen.</translation>
    </message>
    <message>
        <source>Sit on the floor with your knees bent and feet flat.</source>
        <translation>Setzen Sie sich auf den Boden, die Knie gebeugt und die Füße flach aufgestellt.</translation>
    </message>
    <message>
        <source>Place a foam roller or rolled-up towel behind your upper back.</source>
        <translation>Legen Sie eine Faszienrolle oder ein zusammengerolltes Handtuch hinter Ihren oberen Rücken.</translation>
    </message>
    <message>
        <source>Support your head with your hands and lean back over the roller.</source>
        <translation>Stützen Sie den Kopf mit den Händen und lehnen Sie sich über die Rolle zurück.</translation>
    </message>
    <message>
        <source>Hold, breathing easily, then come back up.</source>
        <translation>Halten Sie die Position, atmen Sie ruhig weiter und kommen Sie dann wieder hoch.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Stellung des Kindes</translation>
    </message>
    <message>
        <source>floor, from hands and knees</source>
        <translation>Boden, aus dem Vierfüßlerstand</translation>
    </message>
    <message>
        <source>Hold 30-60 s, breathing deeply</source>
        <translation>30-60&#xa0;s halten, dabei tief atmen</translation>
    </message>
    <message>
        <source>lengthens and relaxes the spine</source>
        <translation>dehnt und entspannt die Wirbelsäule</translation>
    </message>
    <message>
        <source>A restful stretch that lets the whole back let go.</source>
        <translation>Eine erholsame Dehnung, bei der der ganze Rücken loslassen kann.</translation>
    </message>
    <message>
        <source>Start on hands and knees.</source>
        <translation>Beginnen Sie im Vierfüßlerstand.</translation>
    </message>
    <message>
        <source>Sit back towards your heels and reach your arms forward.</source>
        <translation>Setzen Sie sich Richtung Fersen zurück und strecken Sie die Arme nach vorn.</translation>
    </message>
    <message>
        <source>Lower your chest and forehead towards the floor.</source>
        <translation>Senken Sie Brust und Stirn Richtung Boden.</translation>
    </message>
    <message>
        <source>Hold and breathe deeply into your back.</source>
        <translation>Halten Sie die Position und atmen Sie tief in den Rücken.</translation>
    </message>
    <message>
        <source>Breathe deeply</source>
        <translation>Tief atmen</translation>
    </message>
    <message>
        <source>Scapular squeezes</source>
        <translation>Schulterblätter zusammenziehen</translation>
    </message>
    <message>
        <source>seated or standing, arms by the sides</source>
        <translation>sitzend oder stehend, Arme seitlich am Körper</translation>
    </message>
    <message>
        <source>Squeeze, hold 3-5 s, release; 10-15 times</source>
        <translation>Zusammenziehen, 3-5&#xa0;s halten, lösen; 10-15&#xa0;Mal</translation>
    </message>
    <message>
        <source>strengthens the muscles between the shoulder blades</source>
        <translation>kräftigt die Muskeln zwischen den Schulterblättern</translation>
    </message>
    <message>
        <source>Strong muscles between the shoulder blades make sitting tall easier.</source>
        <translation>Kräftige Muskeln zwischen den Schulterblättern erleichtern das aufrechte Sitzen.</translation>
    </message>
    <message>
        <source>Sit or stand tall with your arms by your sides.</source>
        <translation>Sitzen oder stehen Sie aufrecht, die Arme seitlich am Körper.</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together, keeping your shoulders down.</source>
        <translation>Ziehen Sie die Schulterblätter zusammen und lassen Sie die Schultern dabei unten.</translation>
    </message>
    <message>
        <source>Hold, then release slowly.</source>
        <translation>Halten und dann langsam lösen.</translation>
    </message>
    <message>
        <source>Thoracic rotations</source>
        <translation>Drehungen der Brustwirbelsäule</translation>
    </message>
    <message>
        <source>seated tall on a chair, feet flat (or cross-legged on the floor)</source>
        <translation>aufrecht auf einem Stuhl, Füße flach (oder im Schneidersitz auf dem Boden)</translation>
    </message>
    <message>
        <source>Hold 10-15 s, then the other side</source>
        <translation>10-15&#xa0;s halten, dann die andere Seite</translation>
    </message>
    <message>
        <source>restores rotation, eases stiffness, helps posture</source>
        <translation>stellt die Drehfähigkeit wieder her, lindert Steifheit, unterstützt die Haltung</translation>
    </message>
    <message>
        <source>Brings back the twist a day of facing one screen takes away.</source>
        <translation>Gibt die Drehung zurück, die ein Tag vor einem einzigen Bildschirm nimmt.</translation>
    </message>
    <message>
        <source>Sit tall on your chair with your feet flat (or cross-legged on the floor).</source>
        <translation>Sitzen Sie aufrecht auf Ihrem Stuhl, die Füße flach aufgestellt (oder im Schneidersitz auf dem Boden).</translation>
    </message>
    <message>
        <source>Put one hand on the opposite knee.</source>
        <translation>Legen Sie eine Hand auf das gegenüberliegende Knie.</translation>
    </message>
    <message>
        <source>Turn your trunk and look over your shoulder; hold.</source>
        <translation>Drehen Sie den Oberkörper und schauen Sie über die Schulter; halten.</translation>
    </message>
    <message>
        <source>Come back to the middle, then turn to the other side.</source>
        <translation>Kommen Sie zur Mitte zurück und drehen Sie sich dann zur anderen Seite.</translation>
    </message>
    <message>
        <source>Stop any movement that causes pain; move gently.</source>
        <translation>Brechen Sie jede Bewegung ab, die Schmerzen verursacht; bewegen Sie sich sanft.</translation>
    </message>
    <message>
        <source>Seek urgent medical help, and do not exercise, with any of:</source>
        <translation>Holen Sie sich umgehend ärztliche Hilfe und machen Sie keine Übungen, wenn eines davon zutrifft:</translation>
    </message>
    <message>
        <source>sudden severe pain after a fall or accident</source>
        <translation>plötzliche starke Schmerzen nach einem Sturz oder Unfall</translation>
    </message>
    <message>
        <source>chest pain, pressure around the chest, or trouble breathing</source>
        <translation>Schmerzen in der Brust, Druckgefühl um die Brust oder Atembeschwerden</translation>
    </message>
    <message>
        <source>fever, unexplained weight loss, or feeling very ill along with back pain</source>
        <translation>Fieber, unerklärlicher Gewichtsverlust oder starkes Krankheitsgefühl zusammen mit Rückenschmerzen</translation>
    </message>
    <message>
        <source>weakness, numbness, or trouble controlling the legs or bladder</source>
        <translation>Schwäche, Taubheitsgefühl oder Probleme, die Beine oder die Blase zu kontrollieren</translation>
    </message>
    <message>
        <source>See a physical therapist or doctor if symptoms last more than a couple of weeks, keep coming back, or continue despite the exercises.</source>
        <translation>Gehen Sie zur Physiotherapie oder in eine Arztpraxis, wenn die Beschwerden länger als ein paar Wochen anhalten, immer wiederkehren oder trotz der Übungen bestehen bleiben.</translation>
    </message>
    <message>
        <source>The app coaches habits; it does not diagnose or treat.</source>
        <translation>Die App begleitet Gewohnheiten; sie stellt keine Diagnosen und behandelt nicht.</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sitzend</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>stehend</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>auf dem Boden</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the places a stretch can be done</comment>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>weekly_report</name>
    <message>
        <source>This report comes from a posture habit coach. It records how the head and shoulders looked to a webcam and when breaks were taken. It is not a medical device and does not diagnose, treat or prevent any condition; please discuss it with your physical therapist or doctor.</source>
        <translation>Dieser Bericht stammt von einem Coach für Haltungsgewohnheiten. Er hält fest, wie Kopf und Schultern für eine Webcam aussahen und wann Pausen gemacht wurden. Er ist kein Medizinprodukt und dient nicht der Diagnose, Behandlung oder Vorbeugung einer Erkrankung; bitte besprechen Sie ihn mit Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten bzw. Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Upright share per day</source>
        <translation>Anteil aufrecht pro Tag</translation>
    </message>
    <message>
        <source>{day}: {share}</source>
        <comment>a day and its upright share</comment>
        <translation>{day}: {share}</translation>
    </message>
    <message>
        <source>{confirmed} of {done} ({share})</source>
        <translation>{confirmed} von {done} ({share})</translation>
    </message>
    <message>
        <source>Posture and breaks: weekly report</source>
        <translation>Haltung und Pausen: Wochenbericht</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <comment>the days a report covers</comment>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>no days</source>
        <comment>the period of a report that covers none</comment>
        <translation>keine Tage</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Upright share</source>
        <translation>Anteil aufrecht</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>Pausen gemacht / fällig</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Natürliche Pausen</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Gemachte Übungen</translation>
    </message>
    <message>
        <source>Confirmed by the camera</source>
        <translation>Von der Kamera bestätigt</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>Längste Sitzzeit am Stück</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No stretches were recorded this week.</source>
        <translation>In dieser Woche wurden keine Übungen erfasst.</translation>
    </message>
    <message>
        <source>{period}.</source>
        <comment>the days the report covers, a sentence</comment>
        <translation>{period}.</translation>
    </message>
    <message>
        <source>Generated {moment}.</source>
        <translation>Erstellt am {moment}.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>Aufrecht</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Gerundet</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Snoozed / skipped</source>
        <translation>Aufgeschoben / übersprungen</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Längste Sitzzeit</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the ISO 639-1 code of the language you translate into (de, fr, ...)</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Share of the judged sitting time spent upright rather than rounded.</source>
        <translation>Anteil der beurteilten Sitzzeit in aufrechter statt gerundeter Haltung.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>A stretch counts as confirmed when the webcam saw its repetitions or holds done at the full dose during a guided break; the others were counted by the break&apos;s timer or as the user went through them.</source>
        <translation>Eine Übung gilt als bestätigt, wenn die Webcam ihre Wiederholungen oder Haltezeiten in voller Dosis während einer geführten Pause gesehen hat; die übrigen wurden vom Timer der Pause gezählt oder als die Person sie durchging.</translation>
    </message>
</context>
</TS>
