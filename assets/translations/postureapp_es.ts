<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>You snoozed %n time(s): this break is {longer} min longer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s), so this break can&apos;t wait: the prompt insists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve been sitting for %n minute(s) — time to stand up and move.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need at least %n clear picture(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n min. Stand up and stretch.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n more min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Break due: sitting for %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a meeting: sitting for %n min; breaks wait until it ends</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a call: sitting for %n min; breaks wait until it ends</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n hold(s) seen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n repetition(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s) (side 1: {first} of {per_side}, side 2: {second} of {per_side}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>postureapp looks at your posture through the webcam to coach you. Camera pictures are analysed in memory on this computer and immediately discarded: no picture is ever saved or sent anywhere, and postureapp makes no network connections. What it keeps is a per-minute posture summary and your break history, stored only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp {version}

{privacy}

Pose model: {model}
Settings: {config}
History: {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <source>postureapp menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a &amp;meeting (hold breaks for {length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibrate posture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About postureapp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindows</name>
    <message>
        <source>the embedded MediaPipe pose model (BlazePose full, Apache-2.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>Back to work in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>Break time — postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop, and when to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen while you step away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more snoozing for this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate posture — postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate your upright posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit the way you want to sit: tall, shoulders relaxed, looking at your screen. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the camera &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview appears here when you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start when you are sitting upright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also learn how I &amp;slump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: sit the way you do when you slump, then press this. Your posture then counts as rounded from halfway between your two postures, which helps when your slump is slight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still and sit upright…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still, sitting the way you do when you slump…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;slump again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: how you slump is saved too. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your upright posture is saved. {message} Optionally, sit the way you do when you slump and press “Also learn how I slump”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recalibrate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayTimelineChart</name>
    <message>
        <source>Timeline of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTrendChart</name>
    <message>
        <source>Posture and break trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded in these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {share} upright, {taken} of {due} breaks, longest sit {sit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upright share of judged time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks taken and due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sitting stretch (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorWorker</name>
    <message>
        <source>{problem} Using the embedded pose model instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNoticeDialog</name>
    <message>
        <source>Before you start — postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp suggests gentle stretches for your mid-back. Please read this once before your first break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this again at any time from Safety in a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move safely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sitting limit before a break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time away that counts as a break:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Most snoozes in a row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the screens &amp;during a break (you can leave after 10 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture &amp;sensitivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nudge me when I round my back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounded for how long before a nudge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait between nudges at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the camera to watch my posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check posture &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a live &amp;preview while calibrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom pose mo&amp;del file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only remind me during working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;floor exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count stretches with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play a sound with reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an &amp;end-of-day summary notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;&amp; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep posture history for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1, lenient, to 10, strict: how far from upright counts as rounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when postureapp next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the camera open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the camera open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera light stays on while the app watches, and each check is instant. While postureapp holds the camera, a video call app may not be able to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the camera only to take a sample (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the camera only to take a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera light blinks on briefly for each check, and each check takes a second or more while the camera wakes up. Between checks the camera is closed, which some people prefer for privacy, and other apps can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: use the built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a pose model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor exercises need space to kneel or lie down. When this is off, breaks only suggest what you can do at your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a guided break the camera watches the stretch on screen, once or twice a second, to count repetitions and time holds, and says which stretches it saw done. Frames stay in memory and are never stored; the camera is released when the stretch ends. Works once you have calibrated; off means the break&apos;s timer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest these stretches (if you untick them all, breaks suggest a short walk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (on the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pose model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MediaPipe task files (*.task);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your posture history, summaries, settings and calibration? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop, so postureapp shows this window instead. Closing it quits postureapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the postureapp menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchCameraPanel</name>
    <message>
        <source>What the camera counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is counting this stretch. Frames stay in memory and are never stored; it is released when the stretch ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot judge this stretch; the timer counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stretch, {name}: {title}. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera has been released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Posture summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History storage problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this day yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture nudges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{caption}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for these days yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a day to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every day in your history as a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every day in your history as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printable report of the 7 days ending on the day shown, for example for your physical therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture history can&apos;t be saved to disk right now; it is kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of judged time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} shown, {heeded} heeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} taken, {snoozed} snoozed, {skipped} skipped ({due} due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {confirmed} confirmed by the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} upright, {taken} of {due} breaks taken, {stretches} stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the {what} to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export posture history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export posture history as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postureapp reminds you to stand up and stretch when you have been sitting for a while, and can let you know when you have been slumped forward for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the camera is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only to see how you sit and whether you are at your desk. That is all it looks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image is ever stored or sent anywhere. Everything happens on this computer, and nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is up to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can turn the camera off at any time and still use the break timer. Without the camera, it counts the time your computer is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;timer without the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the timer without the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ScreenCover</name>
    <message>
        <source>Break time — postureapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to step away from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand up, stretch and move. The break window has the stretches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to work: leave this screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock it the usual way, or just step away from the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Start at login is only supported on Linux so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change start at login ({file}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>break_prompt</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You snoozed once: this break is {longer} min longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each snooze adds {amount} to the break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve snoozed once, so this break can&apos;t wait: the prompt insists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This break can&apos;t be snoozed: the prompt insists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} A few minutes on your feet will do your back good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your break: {length}. Here is what to try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calibration</name>
    <message>
        <source>The camera gave no pictures to calibrate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration failed: only {usable} of {total} camera pictures showed you clearly. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration failed: your head appears level with or below your shoulders. Sit tall, with the camera at about eye level, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated from {used} of {total} camera pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your slumped posture looks almost like your upright one from the camera, so it was not used: slumps are judged from your upright posture alone. Let your head and shoulders sink the way they do late in the day, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned how you slump from {used} of {total} camera pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You appear much nearer to the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You appear much further from the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You appear in a different part of the camera&apos;s view than when you calibrated; if the camera moved, please recalibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your posture has read as strongly rounded for the last 20 minutes. If you are sitting upright, the calibration no longer fits: please recalibrate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>No camera found at {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to use {device} (is the user in the video group?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is in use by another app (a video call?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Break due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coach</name>
    <message>
        <source>For 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture monitoring is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} The break timer keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalibrate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera busy for hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another app has held the camera for two hours. Breaks are timed again; pause postureapp if you are in a long meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture history not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else is in view; only you are judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off while paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera does not see you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not calibrated yet: Calibrate posture in the menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM, yyyy); order it as your language does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM); order it as your language does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd
d MMM</source>
        <comment>a Qt date pattern on two lines, weekday first; order it your language&apos;s way</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a Qt date pattern (d, M, MMM); order it as your language does</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>day_summary</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} ({confirmed} confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {duration} monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken}/{due} breaks taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest sit {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guided_break</name>
    <message>
        <source>Break time left {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break time is up — finish when you&apos;re ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first side, then switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest and breathe — next is hold {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back to the middle and get ready for the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow and steady, about {seconds} s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving at an easy pace until the time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last one — press Done to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next when you&apos;re ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history_store</name>
    <message>
        <source>Posture history is kept in memory for now and saved when this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was written by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file can&apos;t be written (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file can&apos;t be saved ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is damaged and could not be moved aside. Posture history is kept in memory for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was damaged ({problem}). It was moved aside to {file} and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was overwritten with something that is not a history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was damaged (quick check: {result})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It was moved aside to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {what} while the app was running.{kept} A new history file was started with {how_much}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all the history it still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only what had not been saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Data deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your posture history, calibration and settings are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pose_model</name>
    <message>
        <source>The embedded pose model is missing ({file}). Reinstall postureapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded pose model is corrupt ({file}: SHA-256 {found}..., expected {expected}...). Reinstall postureapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose model not found: {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>Your head and both shoulders are in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your head is out of the camera&apos;s view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both shoulders need to be in the camera&apos;s view: tilt the camera down or sit further back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too dark for the camera to see you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is bright light behind you; the camera cannot see you well. Face the light or close the blind behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot see you clearly enough to judge posture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Sit tall and let your head float up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders relaxed, down and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the screen to eye level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your head rest over your shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings_file</name>
    <message>
        <source>Your posture calibration was lost; please recalibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {file} could not be read ({problem}); using the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was damaged, so all settings were reset to their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original file was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {file} is larger than {size} KB, so it was not read and could not be moved aside ({problem}); using the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was larger than {size} KB, far too big to be settings, so it was not read and the default settings are used. It was kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings did not fit together and were reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language “{language}” in the settings file is not one postureapp speaks ({languages}), so it follows the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera off (timer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no camera found (timer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera in use by another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera disconnected (timer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera gives no picture (timer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks held: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting for {minutes} min, next break in {until} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture: {posture}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture checks use the camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stretch_recognition</name>
    <message>
        <source>Confirmed by the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged by the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody was in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you were partly out of the camera&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was too dark or too bright behind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another person was in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera could not see you clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera gave no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a little longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged by the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away from the desk {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetition {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {number} of {total} — {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {number} of {total} done — release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side {side}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged by the camera (calibrate first so the camera can follow stretches); the timer counted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged by the camera (the camera cannot judge this stretch); the timer counted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen: the stretch ended before the camera saw anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged by the camera: you stayed in view, and it cannot tell a walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: {done} s away from the desk (of {target} that count as the walk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stretches</name>
    <message>
        <source>Short walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on your feet, away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-3 minutes at an easy pace, or longer if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gets you out of the sitting position and moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-back ache at a desk often eases when you walk; short walks spread over the day help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand up and step away from the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk at an easy pace: fetch some water, take the stairs, look out of a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your arms swing and your shoulders settle down and back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor, on hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-15 slow repetitions, breathing in while arching (cow), out while rounding (cat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobilises the whole spine, releases mid-back tension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves every part of the spine that sitting holds still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders and knees under your hips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in as you let your belly sink and lift your chest and gaze (cow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out as you round your back up towards the ceiling, chin to chest (cat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly between the two with your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoracic extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor, seated, knees bent, feet flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foam roller or rolled-up towel behind the upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean back over it and hold 20-30 s; 3-5 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens the chest, extends the thoracic spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes the forward rounding of hours over a screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit on the floor with your knees bent and feet flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a foam roller or rolled-up towel behind your upper back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support your head with your hands and lean back over the roller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, breathing easily, then come back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor, from hands and knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold 30-60 s, breathing deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lengthens and relaxes the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restful stretch that lets the whole back let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on hands and knees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit back towards your heels and reach your arms forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower your chest and forehead towards the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold and breathe deeply into your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scapular squeezes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seated or standing, arms by the sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze, hold 3-5 s, release; 10-15 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strengthens the muscles between the shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong muscles between the shoulder blades make sitting tall easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit or stand tall with your arms by your sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together, keeping your shoulders down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, then release slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoracic rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seated tall on a chair, feet flat (or cross-legged on the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold 10-15 s, then the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restores rotation, eases stiffness, helps posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings back the twist a day of facing one screen takes away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit tall on your chair with your feet flat (or cross-legged on the floor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one hand on the opposite knee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn your trunk and look over your shoulder; hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back to the middle, then turn to the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop any movement that causes pain; move gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seek urgent medical help, and do not exercise, with any of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudden severe pain after a fall or accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest pain, pressure around the chest, or trouble breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fever, unexplained weight loss, or feeling very ill along with back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness, numbness, or trouble controlling the legs or bladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a physical therapist or doctor if symptoms last more than a couple of weeks, keep coming back, or continue despite the exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app coaches habits; it does not diagnose or treat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the places a stretch can be done</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
