<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>You snoozed %n time(s): this break is {longer} min longer.</source>
        <translation>
            <numerusform>Vous avez reporté %n fois&#xa0;: cette pause dure {longer} min de plus.</numerusform>
            <numerusform>Vous avez reporté %n fois&#xa0;: cette pause dure {longer} min de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s), so this break can&apos;t wait: the prompt insists.</source>
        <translation>
            <numerusform>Vous avez reporté %n fois, cette pause ne peut donc plus attendre&#xa0;: le rappel insiste.</numerusform>
            <numerusform>Vous avez reporté %n fois, cette pause ne peut donc plus attendre&#xa0;: le rappel insiste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve been sitting for %n minute(s) — time to stand up and move.</source>
        <translation>
            <numerusform>%n minute en position assise — il est temps de vous lever et de bouger.</numerusform>
            <numerusform>%n minutes en position assise — il est temps de vous lever et de bouger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Reporter de %n minute</numerusform>
            <numerusform>Reporter de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need at least %n clear picture(s).</source>
        <translation>
            <numerusform>Il vous faut au moins %n image nette.</numerusform>
            <numerusform>Il vous faut au moins %n images nettes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n min. Stand up and stretch.</source>
        <translation>
            <numerusform>Déjà %n min en position assise. Levez-vous et étirez-vous.</numerusform>
            <numerusform>Déjà %n min en position assise. Levez-vous et étirez-vous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n more min</source>
        <translation>
            <numerusform>Suspendu encore %n min</numerusform>
            <numerusform>Suspendu encore %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Break due: sitting for %n min</source>
        <translation>
            <numerusform>Pause à prendre&#xa0;: %n min en position assise</numerusform>
            <numerusform>Pause à prendre&#xa0;: %n min en position assise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a meeting: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>En réunion&#xa0;: %n min en position assise&#xa0;; les pauses attendent la fin</numerusform>
            <numerusform>En réunion&#xa0;: %n min en position assise&#xa0;; les pauses attendent la fin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a call: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>En appel&#xa0;: %n min en position assise&#xa0;; les pauses attendent la fin</numerusform>
            <numerusform>En appel&#xa0;: %n min en position assise&#xa0;; les pauses attendent la fin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n hold(s) seen</source>
        <translation>
            <numerusform>Maintiens vus&#xa0;: {count} sur %n</numerusform>
            <numerusform>Maintiens vus&#xa0;: {count} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n repetition(s).</source>
        <translation>
            <numerusform>Vu&#xa0;: {done} sur %n répétition.</numerusform>
            <numerusform>Vu&#xa0;: {done} sur %n répétitions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s) (side 1: {first} of {per_side}, side 2: {second} of {per_side}).</source>
        <translation>
            <numerusform>Vu&#xa0;: {done} sur %n maintien (côté 1&#xa0;: {first} sur {per_side}, côté 2&#xa0;: {second} sur {per_side}).</numerusform>
            <numerusform>Vu&#xa0;: {done} sur %n maintiens (côté 1&#xa0;: {first} sur {per_side}, côté 2&#xa0;: {second} sur {per_side}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s).</source>
        <translation>
            <numerusform>Vu&#xa0;: {done} sur %n maintien.</numerusform>
            <numerusform>Vu&#xa0;: {done} sur %n maintiens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a &amp;meeting (hold breaks for %n hour(s))</source>
        <translation>
            <numerusform>En ré&amp;union (pauses suspendues pendant %n heure)</numerusform>
            <numerusform>En ré&amp;union (pauses suspendues pendant %n heures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>%n étirement</numerusform>
            <numerusform>%n étirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by the camera</source>
        <translation>
            <numerusform>%n confirmé par la caméra</numerusform>
            <numerusform>%n confirmés par la caméra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken ({due} due)</source>
        <translation>
            <numerusform>%n pause prise (à prendre&#xa0;: {due})</numerusform>
            <numerusform>%n pauses prises (à prendre&#xa0;: {due})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>postureapp looks at your posture through the webcam to coach you. Camera pictures are analysed in memory on this computer and immediately discarded: no picture is ever saved or sent anywhere, and postureapp makes no network connections. What it keeps is a per-minute posture summary and your break history, stored only on this computer.</source>
        <translation>postureapp observe votre posture par la webcam pour vous accompagner. Les images de la caméra sont analysées en mémoire sur cet ordinateur puis immédiatement effacées&#xa0;: aucune image n&apos;est jamais enregistrée ni envoyée nulle part, et postureapp n&apos;établit aucune connexion réseau. Ce qu&apos;il conserve, c&apos;est un résumé de votre posture minute par minute et l&apos;historique de vos pauses, stockés uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>About postureapp</source>
        <translation>À propos de postureapp</translation>
    </message>
    <message>
        <source>postureapp {version}

{privacy}

Pose model: {model}
Settings: {config}
History: {data}</source>
        <translation>postureapp {version}

{privacy}

Modèle de pose&#xa0;: {model}
Paramètres&#xa0;: {config}
Historique&#xa0;: {data}</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Fermer la fenêtre À propos</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <source>postureapp menu</source>
        <translation>Menu de postureapp</translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation>&amp;Reprendre la surveillance</translation>
    </message>
    <message>
        <source>&amp;Pause monitoring</source>
        <translation>&amp;Suspendre la surveillance</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>&amp;Faire une pause maintenant</translation>
    </message>
    <message>
        <source>&amp;Snooze the break</source>
        <translation>Rep&amp;orter la pause</translation>
    </message>
    <message>
        <source>&amp;Meeting over</source>
        <translation>Ré&amp;union terminée</translation>
    </message>
    <message>
        <source>&amp;Calibrate posture…</source>
        <translation>&amp;Calibrer la posture…</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s summary…</source>
        <translation>Résumé du &amp;jour…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;About postureapp…</source>
        <translation>À &amp;propos de postureapp…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>AppWindows</name>
    <message>
        <source>the embedded MediaPipe pose model (BlazePose full, Apache-2.0)</source>
        <translation>le modèle de pose MediaPipe intégré (BlazePose full, Apache-2.0)</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>Back to work in {seconds} s</source>
        <translation>Retour au travail dans {seconds} s</translation>
    </message>
    <message>
        <source>&amp;Back to work</source>
        <translation>&amp;Retour au travail</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>C&apos;est l&apos;heure de la pause — postureapp</translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>When to stop, and when to get help</source>
        <translation>Quand s&apos;arrêter, et quand demander de l&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>Lock the screen while you step away</source>
        <translation>Verrouiller l&apos;écran pendant que vous vous éloignez</translation>
    </message>
    <message>
        <source>No more snoozing for this break</source>
        <translation>Cette pause ne peut plus être reportée</translation>
    </message>
    <message>
        <source>Stretch {number} of {count}</source>
        <translation>Étirement {number} sur {count}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>C&apos;est l&apos;heure de la pause</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>Matériel&#xa0;: {equipment}</translation>
    </message>
    <message>
        <source>Break time left</source>
        <translation>Temps de pause restant</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Progress through this stretch</source>
        <translation>Progression dans cet étirement</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Ignorer cette pause</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>&amp;Start break</source>
        <translation>&amp;Commencer la pause</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Commencer la pause</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Étirement précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Étirement suivant</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation>Terminé&#xa0;: finir la pause</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate posture — postureapp</source>
        <translation>Calibrer la posture — postureapp</translation>
    </message>
    <message>
        <source>Calibrate your upright posture</source>
        <translation>Calibrez votre posture droite</translation>
    </message>
    <message>
        <source>Sit the way you want to sit: tall, shoulders relaxed, looking at your screen. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>Adoptez la posture que vous voulez avoir&#xa0;: le dos droit, les épaules relâchées, le regard vers votre écran. Gardez la tête et les deux épaules dans le champ de la caméra. Cela prend {seconds} secondes. L&apos;image de la caméra n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Show the camera &amp;preview</source>
        <translation>Afficher l&apos;&amp;aperçu de la caméra</translation>
    </message>
    <message>
        <source>Show the camera preview</source>
        <translation>Afficher l&apos;aperçu de la caméra</translation>
    </message>
    <message>
        <source>The preview appears here when you press Start.</source>
        <translation>L&apos;aperçu s&apos;affiche ici quand vous appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Press Start when you are sitting upright.</source>
        <translation>Installez-vous le dos droit, puis appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Calibration feedback</source>
        <translation>Indications de la calibration</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>Progression de la calibration</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Also learn how I &amp;slump</source>
        <translation>Apprendre aussi ma posture a&amp;vachie</translation>
    </message>
    <message>
        <source>Optional: sit the way you do when you slump, then press this. Your posture then counts as rounded from halfway between your two postures, which helps when your slump is slight.</source>
        <translation>Facultatif&#xa0;: adoptez la posture que vous avez quand vous vous avachissez, puis appuyez ici. Votre posture compte alors comme arrondie à partir de mi-chemin entre vos deux postures, ce qui aide quand vous vous avachissez peu.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Hold still and sit upright…</source>
        <translation>Ne bougez plus, le dos droit…</translation>
    </message>
    <message>
        <source>Hold still, sitting the way you do when you slump…</source>
        <translation>Ne bougez plus, dans votre posture avachie habituelle…</translation>
    </message>
    <message>
        <source>Learn how you slump</source>
        <translation>Apprendre votre posture avachie</translation>
    </message>
    <message>
        <source>Sit the way you do when you slump late in the day: head and shoulders sunk forward. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>Asseyez-vous comme quand vous vous avachissez en fin de journée&#xa0;: la tête et les épaules affaissées vers l&apos;avant. Gardez la tête et les deux épaules dans le champ de la caméra. Cela prend {seconds} secondes. L&apos;image de la caméra n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Try the &amp;slump again</source>
        <translation>Refaire la posture a&amp;vachie</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Done: how you slump is saved too. </source>
        <translation>Terminé&#xa0;: votre posture avachie est aussi enregistrée. </translation>
    </message>
    <message>
        <source>Done: your upright posture is saved. {message} Optionally, sit the way you do when you slump and press “Also learn how I slump”.</source>
        <translation>Terminé&#xa0;: votre posture droite est enregistrée. {message} Si vous le souhaitez, adoptez votre posture avachie habituelle et appuyez sur «&#xa0;Apprendre aussi ma posture avachie&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Recalibrate</source>
        <translation>Re&amp;calibrer</translation>
    </message>
</context>
<context>
    <name>DayTimelineChart</name>
    <message>
        <source>Timeline of the day</source>
        <translation>Chronologie de la journée</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
</context>
<context>
    <name>HistoryTrendChart</name>
    <message>
        <source>Posture and break trends</source>
        <translation>Tendances de posture et de pauses</translation>
    </message>
    <message>
        <source>Nothing recorded in these days</source>
        <translation>Rien d&apos;enregistré sur ces jours</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Upright share of judged time</source>
        <translation>Part du temps évalué en position droite</translation>
    </message>
    <message>
        <source>{day}: {share} upright, {breaks}, longest sit {sit}</source>
        <translation>{day}&#xa0;: {share} en position droite, {breaks}, plus longue période assise {sit}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À prendre</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prises</translation>
    </message>
    <message>
        <source>Breaks taken and due</source>
        <translation>Pauses prises et à prendre</translation>
    </message>
    <message>
        <source>Longest sitting stretch (minutes)</source>
        <translation>Plus longue période assise (minutes)</translation>
    </message>
</context>
<context>
    <name>MonitorWorker</name>
    <message>
        <source>{problem} Using the embedded pose model instead.</source>
        <translation>{problem} Utilisation du modèle de pose intégré à la place.</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeDialog</name>
    <message>
        <source>Before you start — postureapp</source>
        <translation>Avant de commencer — postureapp</translation>
    </message>
    <message>
        <source>postureapp suggests gentle stretches for your mid-back. Please read this once before your first break.</source>
        <translation>postureapp propose des étirements doux pour le milieu du dos. Veuillez lire ceci une fois avant votre première pause.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>You can read this again at any time from Safety in a break.</source>
        <translation>Vous pouvez relire ceci à tout moment via Sécurité pendant une pause.</translation>
    </message>
    <message>
        <source>I &amp;understand</source>
        <translation>J&apos;ai &amp;compris</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <source>Move safely</source>
        <translation>Bougez en sécurité</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>&amp;Sitting limit before a break:</source>
        <translation>&amp;Temps assis avant une pause&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Break length:</source>
        <translation>&amp;Durée de la pause&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time away that counts as a break:</source>
        <translation>Temps d&apos;&amp;absence compté comme pause&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;nooze length:</source>
        <translation>Durée d&apos;un &amp;report&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Most snoozes in a row:</source>
        <translation>Reports consécutifs &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Pas de report</translation>
    </message>
    <message>
        <source>Cover the screens &amp;during a break (you can leave after 10 s)</source>
        <translation>&amp;Couvrir les écrans pendant une pause (vous pouvez en sortir après 10 s)</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Posture &amp;sensitivity:</source>
        <translation>&amp;Sensibilité de la posture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nudge me when I round my back</source>
        <translation>&amp;Me prévenir quand j&apos;arrondis le dos</translation>
    </message>
    <message>
        <source>&amp;Rounded for how long before a nudge:</source>
        <translation>&amp;Durée du dos arrondi avant un rappel&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Wait between nudges at least:</source>
        <translation>&amp;Intervalle minimal entre deux rappels&#xa0;:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>&amp;Use the camera to watch my posture</source>
        <translation>&amp;Utiliser la caméra pour surveiller ma posture</translation>
    </message>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>Ca&amp;méra&#xa0;:</translation>
    </message>
    <message>
        <source>Check posture &amp;every:</source>
        <translation>&amp;Vérifier la posture toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Between checks:</source>
        <translation>Entre deux vérifications&#xa0;:</translation>
    </message>
    <message>
        <source>Show a live &amp;preview while calibrating</source>
        <translation>Afficher un &amp;aperçu en direct pendant la calibration</translation>
    </message>
    <message>
        <source>Custom pose mo&amp;del file:</source>
        <translation>&amp;Fichier de modèle de pose personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>&amp;Only remind me during working hours</source>
        <translation>Me rappeler &amp;uniquement pendant les heures de travail</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>Start of working hours</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>End of working hours</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Jours travaillés&#xa0;:</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Include &amp;floor exercises</source>
        <translation>Inclure les exercices au &amp;sol</translation>
    </message>
    <message>
        <source>&amp;Count stretches with the camera</source>
        <translation>&amp;Compter les étirements avec la caméra</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Play a sound with reminders</source>
        <translation>&amp;Jouer un son avec les rappels</translation>
    </message>
    <message>
        <source>Show an &amp;end-of-day summary notification</source>
        <translation>Afficher une notification de &amp;bilan en fin de journée</translation>
    </message>
    <message>
        <source>System &amp;&amp; data</source>
        <translation>Système &amp;&amp; données</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation>&amp;Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Keep posture history for:</source>
        <translation>&amp;Conserver l&apos;historique de posture pendant&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Settings — postureapp</source>
        <translation>Paramètres — postureapp</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>From 1, lenient, to 10, strict: how far from upright counts as rounded.</source>
        <translation>De 1, tolérant, à 10, strict&#xa0;: à partir de quel écart avec la position droite la posture compte comme arrondie.</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tolérant</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>A new language applies when postureapp next starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de postureapp.</translation>
    </message>
    <message>
        <source>&amp;Keep the camera open</source>
        <translation>&amp;Garder la caméra ouverte</translation>
    </message>
    <message>
        <source>Keep the camera open</source>
        <translation>Garder la caméra ouverte</translation>
    </message>
    <message>
        <source>The camera light stays on while the app watches, and each check is instant. While postureapp holds the camera, a video call app may not be able to use it.</source>
        <translation>Le voyant de la caméra reste allumé pendant la surveillance, et chaque vérification est instantanée. Tant que postureapp occupe la caméra, une application de visioconférence risque de ne pas pouvoir l&apos;utiliser.</translation>
    </message>
    <message>
        <source>&amp;Open the camera only to take a sample (recommended)</source>
        <translation>&amp;Ouvrir la caméra seulement pour une prise de vue (recommandé)</translation>
    </message>
    <message>
        <source>Open the camera only to take a sample</source>
        <translation>Ouvrir la caméra seulement pour une prise de vue</translation>
    </message>
    <message>
        <source>The camera light blinks on briefly for each check, and each check takes a second or more while the camera wakes up. Between checks the camera is closed, which some people prefer for privacy, and other apps can use it.</source>
        <translation>Le voyant de la caméra s&apos;allume brièvement à chaque vérification, et chaque vérification prend une seconde ou plus, le temps que la caméra se réveille. Entre deux vérifications, la caméra est fermée, ce que certaines personnes préfèrent pour leur vie privée, et d&apos;autres applications peuvent l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Empty: use the built-in model</source>
        <translation>Vide&#xa0;: utiliser le modèle intégré</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for a pose model file</source>
        <translation>Choisir un fichier de modèle de pose</translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation>&amp;Lun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>&amp;Tue</source>
        <translation>&amp;Mar</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>M&amp;er</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>&amp;Jeu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>&amp;Fri</source>
        <translation>&amp;Ven</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>&amp;Sam</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>&amp;Dim</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Floor exercises need space to kneel or lie down. When this is off, breaks only suggest what you can do at your desk.</source>
        <translation>Les exercices au sol demandent de la place pour s&apos;agenouiller ou s&apos;allonger. Quand cette option est désactivée, les pauses ne proposent que ce que vous pouvez faire à votre bureau.</translation>
    </message>
    <message>
        <source>During a guided break the camera watches the stretch on screen, once or twice a second, to count repetitions and time holds, and says which stretches it saw done. Frames stay in memory and are never stored; the camera is released when the stretch ends. Works once you have calibrated; off means the break&apos;s timer counts.</source>
        <translation>Pendant une pause guidée, la caméra observe l’étirement affiché, une à deux fois par seconde, pour compter les répétitions et chronométrer les maintiens, et indique quels étirements elle a vu faire. Les images restent en mémoire et ne sont jamais enregistrées ; la caméra est libérée dès la fin de l’étirement. Fonctionne une fois la calibration faite ; désactivé, c’est le minuteur de la pause qui compte.</translation>
    </message>
    <message>
        <source>Suggest these stretches (if you untick them all, breaks suggest a short walk):</source>
        <translation>Proposer ces étirements (si vous les décochez tous, les pauses proposent une courte marche)&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (on the floor)</source>
        <translation>{name} (au sol)</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Emplacement des données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Caméra {index}</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>Non enregistré. {field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Choose a pose model</source>
        <translation>Choisir un modèle de pose</translation>
    </message>
    <message>
        <source>MediaPipe task files (*.task);;All files (*)</source>
        <translation>Fichiers de tâche MediaPipe (*.task);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Delete your posture history, summaries, settings and calibration? This cannot be undone.</source>
        <translation>Supprimer votre historique de posture, vos résumés, vos paramètres et votre calibration&#xa0;? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop, so postureapp shows this window instead. Closing it quits postureapp.</source>
        <translation>Aucune zone de notification n’a été trouvée sur ce bureau : postureapp affiche donc cette fenêtre à la place. La fermer quitte postureapp.</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <source>Open the postureapp menu</source>
        <translation>Ouvrir le menu de postureapp</translation>
    </message>
</context>
<context>
    <name>StretchCameraPanel</name>
    <message>
        <source>What the camera counted</source>
        <translation>Ce que la caméra a compté</translation>
    </message>
    <message>
        <source>Form cue</source>
        <translation>Conseil d&apos;exécution</translation>
    </message>
    <message>
        <source>The camera is counting this stretch. Frames stay in memory and are never stored; it is released when the stretch ends.</source>
        <translation>La caméra compte cet étirement. Les images restent en mémoire et ne sont jamais stockées&#xa0;; elle est libérée à la fin de l&apos;étirement.</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>En attente de la caméra…</translation>
    </message>
    <message>
        <source>The camera cannot judge this stretch; the timer counts it.</source>
        <translation>La caméra ne peut pas évaluer cet étirement&#xa0;; le minuteur le compte.</translation>
    </message>
    <message>
        <source>Not seen: {reason}</source>
        <translation>Non vu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {detail}</source>
        <translation>Dernier étirement, {name}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {title}. {detail}</source>
        <translation>Dernier étirement, {name}&#xa0;: {title}. {detail}</translation>
    </message>
    <message>
        <source>The camera has been released.</source>
        <translation>La caméra a été libérée.</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Posture summary — postureapp</source>
        <translation>Résumé de posture — postureapp</translation>
    </message>
    <message>
        <source>Summary views</source>
        <translation>Vues du résumé</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>History storage problem</source>
        <translation>Problème d&apos;enregistrement de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <source>Back to &amp;today</source>
        <translation>Revenir à &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>No data for this day yet</source>
        <translation>Pas encore de données pour ce jour</translation>
    </message>
    <message>
        <source>Time monitored</source>
        <translation>Temps de surveillance</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>Plus longue période assise</translation>
    </message>
    <message>
        <source>Posture nudges</source>
        <translation>Rappels de posture</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pauses naturelles</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Étirements faits</translation>
    </message>
    <message>
        <source>{caption}:</source>
        <translation>{caption}&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>&amp;7 derniers jours</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>&amp;30 derniers jours</translation>
    </message>
    <message>
        <source>No data for these days yet</source>
        <translation>Pas encore de données pour ces jours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Surveillé</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>Pauses prises / à prendre</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Plus longue période assise</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Press Enter on a day to open it</source>
        <translation>Appuyez sur Entrée sur un jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every day in your history as a CSV table</source>
        <translation>Enregistrer chaque jour de votre historique dans un tableau CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save every day in your history as JSON</source>
        <translation>Enregistrer chaque jour de votre historique au format JSON</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>&amp;Rapport hebdomadaire…</translation>
    </message>
    <message>
        <source>Save a printable report of the 7 days ending on the day shown, for example for your physical therapist</source>
        <translation>Enregistrer un rapport imprimable des 7 jours se terminant au jour affiché, par exemple pour votre kinésithérapeute</translation>
    </message>
    <message>
        <source>Posture history can&apos;t be saved to disk right now; it is kept in memory.</source>
        <translation>L&apos;historique de posture ne peut pas être enregistré sur le disque pour l&apos;instant&#xa0;; il est conservé en mémoire.</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
    <message>
        <source>{share} of judged time</source>
        <translation>{share} du temps évalué</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>{shown} shown, {heeded} heeded</source>
        <translation>affichés&#xa0;: {shown}, suivis&#xa0;: {heeded}</translation>
    </message>
    <message>
        <source>{taken} taken, {snoozed} snoozed, {skipped} skipped ({due} due)</source>
        <translation>prises&#xa0;: {taken}, reportées&#xa0;: {snoozed}, ignorées&#xa0;: {skipped} (à prendre&#xa0;: {due})</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>{count}: {names}</source>
        <translation>{count}&#xa0;: {names}</translation>
    </message>
    <message>
        <source> — {confirmed} confirmed by the camera</source>
        <translation> — confirmés par la caméra&#xa0;: {confirmed}</translation>
    </message>
    <message>
        <source>Could not save the {what} to {path}: {reason}</source>
        <translation>Impossible d&apos;enregistrer le fichier ({what}) dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>Fichier enregistré ({what}) dans {path}</translation>
    </message>
    <message>
        <source>Export posture history as CSV</source>
        <translation>Exporter l&apos;historique de posture en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>export CSV</translation>
    </message>
    <message>
        <source>Export posture history as JSON</source>
        <translation>Exporter l&apos;historique de posture en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation>export JSON</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Enregistrer le rapport hebdomadaire</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>rapport hebdomadaire</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to postureapp</source>
        <translation>Bienvenue dans postureapp</translation>
    </message>
    <message>
        <source>postureapp reminds you to stand up and stretch when you have been sitting for a while, and can let you know when you have been slumped forward for a long time.</source>
        <translation>postureapp vous rappelle de vous lever et de vous étirer après un moment en position assise, et peut vous prévenir quand votre dos reste longtemps voûté vers l&apos;avant.</translation>
    </message>
    <message>
        <source>What the camera is for</source>
        <translation>À quoi sert la caméra</translation>
    </message>
    <message>
        <source>Only to see how you sit and whether you are at your desk. That is all it looks for.</source>
        <translation>Uniquement à voir votre posture assise et si vous êtes à votre bureau. Elle ne cherche rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Vos images restent chez vous</translation>
    </message>
    <message>
        <source>No image is ever stored or sent anywhere. Everything happens on this computer, and nothing leaves it.</source>
        <translation>Aucune image n&apos;est jamais stockée ni envoyée nulle part. Tout se passe sur cet ordinateur, et rien n&apos;en sort.</translation>
    </message>
    <message>
        <source>The camera is up to you</source>
        <translation>La caméra, c&apos;est vous qui décidez</translation>
    </message>
    <message>
        <source>You can turn the camera off at any time and still use the break timer. Without the camera, it counts the time your computer is unlocked.</source>
        <translation>Vous pouvez désactiver la caméra à tout moment et continuer à utiliser le minuteur de pauses. Sans la caméra, il compte le temps pendant lequel votre ordinateur est déverrouillé.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Use the &amp;timer without the camera</source>
        <translation>Utiliser le &amp;minuteur sans la caméra</translation>
    </message>
    <message>
        <source>Use the timer without the camera</source>
        <translation>Utiliser le minuteur sans la caméra</translation>
    </message>
    <message>
        <source>&amp;Set up the camera</source>
        <translation>&amp;Configurer la caméra</translation>
    </message>
    <message>
        <source>Set up the camera</source>
        <translation>Configurer la caméra</translation>
    </message>
</context>
<context>
    <name>_ScreenCover</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>C&apos;est l&apos;heure de la pause — postureapp</translation>
    </message>
    <message>
        <source>Time to step away from the screen</source>
        <translation>Il est temps de vous éloigner de l&apos;écran</translation>
    </message>
    <message>
        <source>Stand up, stretch and move. The break window has the stretches.</source>
        <translation>Levez-vous, étirez-vous et bougez. La fenêtre de pause présente les étirements.</translation>
    </message>
    <message>
        <source>Back to work: leave this screen</source>
        <translation>Retour au travail&#xa0;: quitter cet écran</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage à l’ouverture de session</translation>
    </message>
    <message>
        <source>The screen could not be locked</source>
        <translation>Impossible de verrouiller l’écran</translation>
    </message>
    <message>
        <source>Lock it the usual way, or just step away from the desk.</source>
        <translation>Verrouillez-le comme d’habitude, ou éloignez-vous simplement du bureau.</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Start at login is only supported on Linux so far.</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;est pris en charge que sous Linux pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not change start at login ({file}): {problem}</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session ({file})&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>break_prompt</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>You snoozed once: this break is {longer} min longer.</source>
        <translation>Vous avez reporté une fois&#xa0;: cette pause dure {longer} min de plus.</translation>
    </message>
    <message>
        <source>Each snooze adds {amount} to the break.</source>
        <translation>Chaque report ajoute {amount} à la pause.</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>une minute</translation>
    </message>
    <message>
        <source>You&apos;ve snoozed once, so this break can&apos;t wait: the prompt insists.</source>
        <translation>Vous avez reporté une fois, cette pause ne peut donc plus attendre&#xa0;: le rappel insiste.</translation>
    </message>
    <message>
        <source>This break can&apos;t be snoozed: the prompt insists.</source>
        <translation>Cette pause ne peut pas être reportée&#xa0;: le rappel insiste.</translation>
    </message>
    <message>
        <source>{reason} A few minutes on your feet will do your back good.</source>
        <translation>{reason} Quelques minutes debout feront du bien à votre dos.</translation>
    </message>
    <message>
        <source>Your break: {length}. Here is what to try:</source>
        <translation>Votre pause&#xa0;: {length}. Voici ce que vous pouvez essayer&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;nooze {minutes} min</source>
        <translation>&amp;Reporter de {minutes} min</translation>
    </message>
</context>
<context>
    <name>calibration</name>
    <message>
        <source>The camera gave no pictures to calibrate from.</source>
        <translation>La caméra n&apos;a fourni aucune image pour la calibration.</translation>
    </message>
    <message>
        <source>Calibration failed: only {usable} of {total} camera pictures showed you clearly. {advice}</source>
        <translation>Échec de la calibration&#xa0;: seules {usable} des {total} images de la caméra vous montraient nettement. {advice}</translation>
    </message>
    <message>
        <source>Calibration failed: your head appears level with or below your shoulders. Sit tall, with the camera at about eye level, and try again.</source>
        <translation>Échec de la calibration&#xa0;: votre tête semble au niveau de vos épaules ou plus bas. Redressez-vous, avec la caméra à peu près à hauteur des yeux, et réessayez.</translation>
    </message>
    <message>
        <source>Calibrated from {used} of {total} camera pictures.</source>
        <translation>Calibration effectuée à partir de {used} des {total} images de la caméra.</translation>
    </message>
    <message>
        <source>Your slumped posture looks almost like your upright one from the camera, so it was not used: slumps are judged from your upright posture alone. Let your head and shoulders sink the way they do late in the day, and try again.</source>
        <translation>Vue par la caméra, votre posture avachie ressemble presque à votre posture droite&#xa0;; elle n&apos;a donc pas été utilisée&#xa0;: l&apos;avachissement est évalué à partir de votre seule posture droite. Laissez votre tête et vos épaules s&apos;affaisser comme en fin de journée, et réessayez.</translation>
    </message>
    <message>
        <source>Learned how you slump from {used} of {total} camera pictures.</source>
        <translation>Posture avachie apprise à partir de {used} des {total} images de la caméra.</translation>
    </message>
    <message>
        <source>You appear much nearer to the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>Vous semblez beaucoup plus près de la caméra que lors de la calibration&#xa0;; si la caméra ou l&apos;écran a bougé, veuillez recalibrer.</translation>
    </message>
    <message>
        <source>You appear much further from the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>Vous semblez beaucoup plus loin de la caméra que lors de la calibration&#xa0;; si la caméra ou l&apos;écran a bougé, veuillez recalibrer.</translation>
    </message>
    <message>
        <source>You appear in a different part of the camera&apos;s view than when you calibrated; if the camera moved, please recalibrate.</source>
        <translation>Vous apparaissez dans une autre partie du champ de la caméra que lors de la calibration&#xa0;; si la caméra a bougé, veuillez recalibrer.</translation>
    </message>
    <message>
        <source>Your posture has read as strongly rounded for the last 20 minutes. If you are sitting upright, the calibration no longer fits: please recalibrate.</source>
        <translation>Votre posture apparaît très arrondie depuis 20 minutes. Si votre dos est droit, la calibration ne correspond plus&#xa0;: veuillez recalibrer.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>No camera found at {device}.</source>
        <translation>Aucune caméra trouvée sur {device}.</translation>
    </message>
    <message>
        <source>No permission to use {device} (is the user in the video group?).</source>
        <translation>Pas d&apos;autorisation d&apos;utiliser {device} (l&apos;utilisateur fait-il partie du groupe video&#xa0;?).</translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation>La caméra n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The camera is in use by another app (a video call?).</source>
        <translation>La caméra est utilisée par une autre application (un appel vidéo&#xa0;?).</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>La caméra a été déconnectée.</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>La caméra ne fournit aucune image.</translation>
    </message>
    <message>
        <source>The camera is turned off.</source>
        <translation>La caméra est désactivée.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Break due</source>
        <translation>Pause à prendre</translation>
    </message>
    <message>
        <source>Break taken</source>
        <translation>Pause prise</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pause naturelle</translation>
    </message>
</context>
<context>
    <name>coach</name>
    <message>
        <source>For 15 minutes</source>
        <translation>Pendant 15 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Jusqu&apos;à ce que je reprenne</translation>
    </message>
    <message>
        <source>Posture monitoring is off</source>
        <translation>La surveillance de la posture est désactivée</translation>
    </message>
    <message>
        <source>{problem} The break timer keeps working.</source>
        <translation>{problem} Le minuteur de pauses continue de fonctionner.</translation>
    </message>
    <message>
        <source>Recalibrate?</source>
        <translation>Recalibrer&#xa0;?</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Commencer la pause</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>C&apos;est l&apos;heure de la pause</translation>
    </message>
    <message>
        <source>Camera busy for hours</source>
        <translation>Caméra occupée depuis des heures</translation>
    </message>
    <message>
        <source>Another app has held the camera for two hours. Breaks are timed again; pause postureapp if you are in a long meeting.</source>
        <translation>Une autre application occupe la caméra depuis deux heures. Les pauses sont de nouveau chronométrées&#xa0;; suspendez postureapp si vous êtes dans une longue réunion.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Posture history</source>
        <translation>Historique de posture</translation>
    </message>
    <message>
        <source>Posture history not saved</source>
        <translation>Historique de posture non enregistré</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Votre journée</translation>
    </message>
    <message>
        <source>Someone else is in view; only you are judged</source>
        <translation>Quelqu&apos;un d&apos;autre est dans le champ&#xa0;; seule votre posture est évaluée</translation>
    </message>
    <message>
        <source>Camera off while paused</source>
        <translation>Caméra coupée pendant la suspension</translation>
    </message>
    <message>
        <source>The camera does not see you</source>
        <translation>La caméra ne vous voit pas</translation>
    </message>
    <message>
        <source>Not calibrated yet: Calibrate posture in the menu</source>
        <translation>Pas encore de calibration&#xa0;: choisissez Calibrer la posture dans le menu</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM, yyyy); order it as your language does</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM); order it as your language does</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>ddd
d MMM</source>
        <comment>a Qt date pattern on two lines, weekday first; order it your language&apos;s way</comment>
        <translation>ddd
d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a Qt date pattern (d, M, MMM); order it as your language does</comment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>day_summary</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{done} ({confirmed} confirmed)</source>
        <translation>{done} (confirmés&#xa0;: {confirmed})</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation>Aujourd&apos;hui&#xa0;: rien d&apos;enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Today: {duration} monitored</source>
        <translation>Aujourd&apos;hui&#xa0;: {duration} de surveillance</translation>
    </message>
    <message>
        <source>{share} upright</source>
        <translation>{share} en position droite</translation>
    </message>
    <message>
        <source>longest sit {duration}</source>
        <translation>plus longue période assise&#xa0;: {duration}</translation>
    </message>
</context>
<context>
    <name>guided_break</name>
    <message>
        <source>Break time left {time}</source>
        <translation>Temps de pause restant {time}</translation>
    </message>
    <message>
        <source>Break time is up — finish when you&apos;re ready</source>
        <translation>Le temps de pause est écoulé — terminez quand vous le souhaitez</translation>
    </message>
    <message>
        <source>first side, then switch sides</source>
        <translation>d&apos;abord un côté, puis changez de côté</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>l&apos;autre côté</translation>
    </message>
    <message>
        <source>Hold {number} of {total}</source>
        <translation>Maintien {number} sur {total}</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>Tenez {time}</translation>
    </message>
    <message>
        <source>Release {time}</source>
        <translation>Relâchez {time}</translation>
    </message>
    <message>
        <source>Rest and breathe — next is hold {number} of {total}</source>
        <translation>Reposez-vous et respirez — prochain maintien&#xa0;: {number} sur {total}</translation>
    </message>
    <message>
        <source>Switch sides {time}</source>
        <translation>Changez de côté {time}</translation>
    </message>
    <message>
        <source>Come back to the middle and get ready for the other side</source>
        <translation>Revenez au centre et préparez-vous pour l&apos;autre côté</translation>
    </message>
    <message>
        <source>Slow and steady, about {seconds} s each</source>
        <translation>Lentement et régulièrement, environ {seconds} s par répétition</translation>
    </message>
    <message>
        <source>Rep {number} of {total}</source>
        <translation>Répétition {number} sur {total}</translation>
    </message>
    <message>
        <source>Walk {time}</source>
        <translation>Marchez {time}</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace until the time is up</source>
        <translation>Continuez à bouger à un rythme tranquille jusqu&apos;à la fin du temps</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>That was the last one — press Done to finish</source>
        <translation>C&apos;était le dernier — appuyez sur Terminé pour finir</translation>
    </message>
    <message>
        <source>Press Next when you&apos;re ready</source>
        <translation>Appuyez sur Suivant quand vous le souhaitez</translation>
    </message>
</context>
<context>
    <name>history_store</name>
    <message>
        <source>Posture history is kept in memory for now and saved when this is fixed.</source>
        <translation>L&apos;historique de posture est conservé en mémoire pour l&apos;instant et sera enregistré quand le problème sera résolu.</translation>
    </message>
    <message>
        <source>The history file was written by a newer version of the app.</source>
        <translation>Le fichier d&apos;historique a été écrit par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>The history file {file} belongs to another program (it holds {tables}), so it was left alone: move it elsewhere.</source>
        <translation>Le fichier d&apos;historique {file} appartient à un autre programme (il contient {tables}), il n&apos;a donc pas été modifié&#xa0;: déplacez-le ailleurs.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>The history file can&apos;t be written (read-only).</source>
        <translation>Le fichier d&apos;historique ne peut pas être écrit (lecture seule).</translation>
    </message>
    <message>
        <source>The history file is in use by another program.</source>
        <translation>Le fichier d&apos;historique est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>The history file can&apos;t be saved ({problem}).</source>
        <translation>Le fichier d&apos;historique ne peut pas être enregistré ({problem}).</translation>
    </message>
    <message>
        <source>The history file is damaged and could not be moved aside. Posture history is kept in memory for now.</source>
        <translation>Le fichier d&apos;historique est endommagé et n&apos;a pas pu être mis de côté. L&apos;historique de posture est conservé en mémoire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The history file was damaged ({problem}). It was moved aside to {file} and a new history was started.</source>
        <translation>Le fichier d&apos;historique était endommagé ({problem}). Il a été mis de côté sous {file} et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <source>was deleted</source>
        <translation>a été supprimé</translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation>a été remplacé par un autre fichier</translation>
    </message>
    <message>
        <source>was overwritten with something that is not a history database</source>
        <translation>a été écrasé par quelque chose qui n&apos;est pas une base de données d&apos;historique</translation>
    </message>
    <message>
        <source>was damaged (quick check: {result})</source>
        <translation>a été endommagé (vérification rapide&#xa0;: {result})</translation>
    </message>
    <message>
        <source> It was moved aside to {file}.</source>
        <translation> Il a été mis de côté sous {file}.</translation>
    </message>
    <message>
        <source>The history file {what} while the app was running.{kept} A new history file was started with {how_much}.</source>
        <translation>Le fichier d&apos;historique {what} pendant que l&apos;application fonctionnait.{kept} Un nouveau fichier d&apos;historique a été commencé avec {how_much}.</translation>
    </message>
    <message>
        <source>all the history it still held</source>
        <translation>tout l&apos;historique qu&apos;il contenait encore</translation>
    </message>
    <message>
        <source>today&apos;s history</source>
        <translation>l&apos;historique d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>only what had not been saved yet</source>
        <translation>seulement ce qui n&apos;avait pas encore été enregistré</translation>
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
        <translation>Données supprimées</translation>
    </message>
    <message>
        <source>Your posture history, calibration and settings are deleted.</source>
        <translation>Votre historique de posture, votre calibration et vos paramètres sont supprimés.</translation>
    </message>
    <message>
        <source>History not deleted</source>
        <translation>Historique non supprimé</translation>
    </message>
</context>
<context>
    <name>pose_model</name>
    <message>
        <source>The embedded pose model is missing ({file}). Reinstall postureapp.</source>
        <translation>Le modèle de pose intégré est manquant ({file}). Réinstallez postureapp.</translation>
    </message>
    <message>
        <source>The embedded pose model is corrupt ({file}: SHA-256 {found}..., expected {expected}...). Reinstall postureapp.</source>
        <translation>Le modèle de pose intégré est corrompu ({file}&#xa0;: SHA-256 {found}..., attendu {expected}...). Réinstallez postureapp.</translation>
    </message>
    <message>
        <source>Pose model not found: {file}</source>
        <translation>Modèle de pose introuvable&#xa0;: {file}</translation>
    </message>
    <message>
        <source>The pose model {file} is not a file (a folder, a FIFO or a device).</source>
        <translation>Le modèle de pose {file} n&apos;est pas un fichier (un dossier, un FIFO ou un périphérique).</translation>
    </message>
    <message>
        <source>{file} is not a MediaPipe .task bundle ({problem}).</source>
        <translation>{file} n&apos;est pas un paquet .task MediaPipe ({problem}).</translation>
    </message>
    <message>
        <source>{file} is not a pose landmarker bundle: it lacks {members}.</source>
        <translation>{file} n&apos;est pas un paquet de détection de pose&#xa0;: il manque {members}.</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>Your head and both shoulders are in view.</source>
        <translation>Votre tête et vos deux épaules sont dans le champ.</translation>
    </message>
    <message>
        <source>Nobody in view.</source>
        <translation>Personne dans le champ.</translation>
    </message>
    <message>
        <source>Your head is out of the camera&apos;s view.</source>
        <translation>Votre tête est hors du champ de la caméra.</translation>
    </message>
    <message>
        <source>Both shoulders need to be in the camera&apos;s view: tilt the camera down or sit further back.</source>
        <translation>Les deux épaules doivent être dans le champ de la caméra&#xa0;: inclinez la caméra vers le bas ou reculez-vous.</translation>
    </message>
    <message>
        <source>It is too dark for the camera to see you.</source>
        <translation>Il fait trop sombre pour que la caméra vous voie.</translation>
    </message>
    <message>
        <source>There is bright light behind you; the camera cannot see you well. Face the light or close the blind behind you.</source>
        <translation>Il y a une lumière vive derrière vous&#xa0;; la caméra vous voit mal. Placez-vous face à la lumière ou fermez le store derrière vous.</translation>
    </message>
    <message>
        <source>The camera cannot see you clearly enough to judge posture.</source>
        <translation>La caméra ne vous voit pas assez nettement pour évaluer votre posture.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Sit tall and let your head float up</source>
        <translation>Grandissez-vous et laissez votre tête monter légèrement</translation>
    </message>
    <message>
        <source>Shoulders relaxed, down and back</source>
        <translation>Épaules relâchées, vers le bas et en arrière</translation>
    </message>
    <message>
        <source>Bring the screen to eye level</source>
        <translation>Placez l&apos;écran à hauteur des yeux</translation>
    </message>
    <message>
        <source>Let your head rest over your shoulders</source>
        <translation>Laissez votre tête reposer au-dessus de vos épaules</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation>Expirez et laissez tomber vos épaules</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>doit être un nombre entier (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>doit être compris entre {low} et {high} (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>must be a time like 09:00, got {value}</source>
        <translation>doit être une heure comme 09:00 (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>doit valoir true ou false (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>doit être un chemin de fichier</translation>
    </message>
    <message>
        <source>must differ from the start of the working day</source>
        <translation>doit être différente du début des heures de travail</translation>
    </message>
    <message>
        <source>must be days among {days}</source>
        <translation>doit contenir des jours parmi {days}</translation>
    </message>
    <message>
        <source>pick at least one working day, or turn the working-hours schedule off</source>
        <translation>choisissez au moins un jour travaillé, ou désactivez les horaires de travail</translation>
    </message>
    <message>
        <source>must be stretch ids among {ids}</source>
        <translation>doit contenir des identifiants d’étirement parmi {ids}</translation>
    </message>
    <message>
        <source>must be one of {languages}, or empty for the system&apos;s language</source>
        <translation>doit être l’une des langues {languages}, ou vide pour la langue du système</translation>
    </message>
    <message>
        <source>must be a calibration baseline</source>
        <translation>doit être une calibration</translation>
    </message>
</context>
<context>
    <name>settings_file</name>
    <message>
        <source>Your posture calibration was lost; please recalibrate.</source>
        <translation>Votre calibration de posture a été perdue&#xa0;; veuillez recalibrer.</translation>
    </message>
    <message>
        <source>The settings file {file} could not be read ({problem}); using the default settings.</source>
        <translation>Le fichier de paramètres {file} n&apos;a pas pu être lu ({problem})&#xa0;; les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Sitting limit (minutes)</source>
        <translation>Temps assis avant une pause (minutes)</translation>
    </message>
    <message>
        <source>Break length (minutes)</source>
        <translation>Durée de la pause (minutes)</translation>
    </message>
    <message>
        <source>Natural break (minutes)</source>
        <translation>Temps d’absence compté comme pause (minutes)</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Durée d’un report (minutes)</translation>
    </message>
    <message>
        <source>Max snoozes</source>
        <translation>Reports consécutifs maximum</translation>
    </message>
    <message>
        <source>Strict breaks</source>
        <translation>Pauses strictes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité de la posture</translation>
    </message>
    <message>
        <source>Nudges enabled</source>
        <translation>Rappels quand le dos s’arrondit</translation>
    </message>
    <message>
        <source>Nudge after (seconds)</source>
        <translation>Durée du dos arrondi avant un rappel (secondes)</translation>
    </message>
    <message>
        <source>Nudge cooldown (minutes)</source>
        <translation>Intervalle minimal entre deux rappels (minutes)</translation>
    </message>
    <message>
        <source>Camera enabled</source>
        <translation>Utiliser la caméra</translation>
    </message>
    <message>
        <source>Camera index</source>
        <translation>Numéro de caméra</translation>
    </message>
    <message>
        <source>Sample interval (seconds)</source>
        <translation>Intervalle entre deux vérifications (secondes)</translation>
    </message>
    <message>
        <source>Keep camera open</source>
        <translation>Garder la caméra ouverte</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Aperçu pendant la calibration</translation>
    </message>
    <message>
        <source>Model path</source>
        <translation>Fichier de modèle de pose personnalisé</translation>
    </message>
    <message>
        <source>Schedule enabled</source>
        <translation>Rappels seulement pendant les heures de travail</translation>
    </message>
    <message>
        <source>Work start</source>
        <translation>Début des heures de travail</translation>
    </message>
    <message>
        <source>Work end</source>
        <translation>Fin des heures de travail</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <source>Disabled stretches</source>
        <translation>Étirements désactivés</translation>
    </message>
    <message>
        <source>Floor exercises</source>
        <translation>Exercices au sol</translation>
    </message>
    <message>
        <source>Camera counts stretches</source>
        <translation>Compter les étirements avec la caméra</translation>
    </message>
    <message>
        <source>Sound enabled</source>
        <translation>Son avec les rappels</translation>
    </message>
    <message>
        <source>End of day summary</source>
        <translation>Bilan en fin de journée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Conservation de l’historique (jours)</translation>
    </message>
    <message>
        <source>First run done</source>
        <translation>Premier lancement terminé</translation>
    </message>
    <message>
        <source>Safety acknowledged</source>
        <translation>Consignes de sécurité lues</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>The settings file held bytes that are not UTF-8 text; they were replaced with “�”.</source>
        <translation>Le fichier de paramètres contenait des octets qui ne sont pas du texte UTF-8&#xa0;; ils ont été remplacés par «&#xa0;�&#xa0;».</translation>
    </message>
    <message>
        <source>The settings file was damaged, so all settings were reset to their defaults.</source>
        <translation>Le fichier de paramètres était endommagé&#xa0;: tous les paramètres ont été remis à leurs valeurs par défaut.</translation>
    </message>
    <message>
        <source>The original file was kept as {file}.</source>
        <translation>Le fichier d&apos;origine a été conservé sous {file}.</translation>
    </message>
    <message>
        <source>The settings file {file} is larger than {size} KB, so it was not read and could not be moved aside ({problem}); using the default settings.</source>
        <translation>Le fichier de paramètres {file} dépasse {size} Ko&#xa0;; il n&apos;a donc pas été lu et n&apos;a pas pu être mis de côté ({problem})&#xa0;; les paramètres par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>The settings file was larger than {size} KB, far too big to be settings, so it was not read and the default settings are used. It was kept as {file}.</source>
        <translation>Le fichier de paramètres dépassait {size} Ko, bien trop pour un fichier de paramètres&#xa0;; il n&apos;a donc pas été lu et les paramètres par défaut sont utilisés. Il a été conservé sous {file}.</translation>
    </message>
    <message>
        <source>Some settings did not fit together and were reset.</source>
        <translation>Certains paramètres n&apos;étaient pas compatibles entre eux et ont été réinitialisés.</translation>
    </message>
    <message>
        <source>The language “{language}” in the settings file is not one postureapp speaks ({languages}), so it follows the system&apos;s language.</source>
        <translation>La langue «&#xa0;{language}&#xa0;» du fichier de paramètres ne fait pas partie des langues de postureapp ({languages})&#xa0;; l&apos;application suit donc la langue du système.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>«&#xa0;aucun&#xa0;»</translation>
    </message>
    <message>
        <source>on</source>
        <translation>«&#xa0;activé&#xa0;»</translation>
    </message>
    <message>
        <source>off</source>
        <translation>«&#xa0;désactivé&#xa0;»</translation>
    </message>
    <message>
        <source>it had the wrong kind of value</source>
        <translation>la valeur n’était pas du bon type</translation>
    </message>
    <message>
        <source>it did not fit with {setting}</source>
        <translation>la valeur n’était pas compatible avec «&#xa0;{setting}&#xa0;»</translation>
    </message>
    <message>
        <source>{setting} was reset to {default}: {reason}.</source>
        <translation>Le paramètre «&#xa0;{setting}&#xa0;» a été remis à {default}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>paused</source>
        <translation>surveillance suspendue</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>en appel</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation>en réunion</translation>
    </message>
    <message>
        <source>for a minute after the call or meeting</source>
        <translation>pendant une minute après l’appel ou la réunion</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>hors des heures de travail</translation>
    </message>
    <message>
        <source>break in progress</source>
        <translation>pause en cours</translation>
    </message>
    <message>
        <source>upright</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>rounded forward</source>
        <translation>arrondie vers l&apos;avant</translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation>loin du bureau</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>Dos droit</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Dos arrondi</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>camera off (timer only)</source>
        <translation>caméra désactivée (minuteur seul)</translation>
    </message>
    <message>
        <source>no camera found (timer only)</source>
        <translation>aucune caméra trouvée (minuteur seul)</translation>
    </message>
    <message>
        <source>camera in use by another app</source>
        <translation>caméra utilisée par une autre application</translation>
    </message>
    <message>
        <source>camera disconnected (timer only)</source>
        <translation>caméra déconnectée (minuteur seul)</translation>
    </message>
    <message>
        <source>camera gives no picture (timer only)</source>
        <translation>la caméra ne fournit aucune image (minuteur seul)</translation>
    </message>
    <message>
        <source>replay ended</source>
        <translation>relecture terminée</translation>
    </message>
    <message>
        <source>Breaks held: {reasons}</source>
        <translation>Pauses en attente&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Suspendu jusqu&apos;à ce que vous repreniez</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Loin du bureau</translation>
    </message>
    <message>
        <source>Sitting for {minutes} min, next break in {until} min</source>
        <translation>{minutes} min en position assise, prochaine pause dans {until} min</translation>
    </message>
    <message>
        <source>Posture: {posture}</source>
        <translation>Posture&#xa0;: {posture}</translation>
    </message>
    <message>
        <source>Posture checks use the camera</source>
        <translation>Les vérifications de posture utilisent la caméra</translation>
    </message>
</context>
<context>
    <name>stretch_recognition</name>
    <message>
        <source>Confirmed by the camera</source>
        <translation>Confirmé par la caméra</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partiellement fait</translation>
    </message>
    <message>
        <source>Not seen done</source>
        <translation>Exécution non vue</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Non vu</translation>
    </message>
    <message>
        <source>Not judged by the camera</source>
        <translation>Non évalué par la caméra</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>dans le champ</translation>
    </message>
    <message>
        <source>nobody was in view</source>
        <translation>personne n&apos;était dans le champ</translation>
    </message>
    <message>
        <source>you were partly out of the camera&apos;s view</source>
        <translation>vous étiez en partie hors du champ de la caméra</translation>
    </message>
    <message>
        <source>it was too dark or too bright behind you</source>
        <translation>il faisait trop sombre, ou la lumière derrière vous était trop vive</translation>
    </message>
    <message>
        <source>another person was in view</source>
        <translation>une autre personne était dans le champ</translation>
    </message>
    <message>
        <source>the camera could not see you clearly</source>
        <translation>la caméra ne vous voyait pas nettement</translation>
    </message>
    <message>
        <source>the camera gave no picture</source>
        <translation>la caméra n&apos;a fourni aucune image</translation>
    </message>
    <message>
        <source>Shoulders down</source>
        <translation>Épaules basses</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Plus lentement</translation>
    </message>
    <message>
        <source>Hold a little longer</source>
        <translation>Tenez un peu plus longtemps</translation>
    </message>
    <message>
        <source>not judged by the camera</source>
        <translation>non évalué par la caméra</translation>
    </message>
    <message>
        <source>away from the desk {seconds} s</source>
        <translation>loin du bureau&#xa0;: {seconds} s</translation>
    </message>
    <message>
        <source>repetition {number} of {total}</source>
        <translation>répétition {number} sur {total}</translation>
    </message>
    <message>
        <source>hold {number} of {total} — {seconds} s</source>
        <translation>maintien {number} sur {total} — {seconds} s</translation>
    </message>
    <message>
        <source>hold {number} of {total} done — release</source>
        <translation>maintien {number} sur {total} terminé — relâchez</translation>
    </message>
    <message>
        <source>side {side}: {text}</source>
        <translation>côté {side}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Not judged by the camera (calibrate first so the camera can follow stretches); the timer counted it.</source>
        <translation>Non évalué par la caméra (calibrez d&apos;abord pour que la caméra puisse suivre les étirements)&#xa0;; le minuteur l&apos;a compté.</translation>
    </message>
    <message>
        <source>Not judged by the camera (the camera cannot judge this stretch); the timer counted it.</source>
        <translation>Non évalué par la caméra (la caméra ne peut pas évaluer cet étirement)&#xa0;; le minuteur l&apos;a compté.</translation>
    </message>
    <message>
        <source>Not seen: the stretch ended before the camera saw anything.</source>
        <translation>Non vu&#xa0;: l&apos;étirement s&apos;est terminé avant que la caméra ne voie quoi que ce soit.</translation>
    </message>
    <message>
        <source>Not seen: {reason}.</source>
        <translation>Non vu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Not judged by the camera: you stayed in view, and it cannot tell a walk.</source>
        <translation>Non évalué par la caméra&#xa0;: vous n&apos;avez pas quitté le champ, et elle ne sait pas reconnaître une marche.</translation>
    </message>
    <message>
        <source>Seen: {done} s away from the desk (of {target} that count as the walk).</source>
        <translation>Vu&#xa0;: {done} s loin du bureau (sur les {target} qui comptent comme marche).</translation>
    </message>
</context>
<context>
    <name>stretches</name>
    <message>
        <source>Short walk</source>
        <translation>Courte marche</translation>
    </message>
    <message>
        <source>on your feet, away from the desk</source>
        <translation>debout, loin du bureau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>2-3 minutes at an easy pace, or longer if you like</source>
        <translation>2-3 minutes à un rythme tranquille, ou plus si vous le souhaitez</translation>
    </message>
    <message>
        <source>gets you out of the sitting position and moving</source>
        <translation>vous fait quitter la position assise et bouger</translation>
    </message>
    <message>
        <source>Mid-back ache at a desk often eases when you walk; short walks spread over the day help.</source>
        <translation>Les douleurs du milieu du dos au bureau s&apos;atténuent souvent à la marche&#xa0;; de courtes marches réparties dans la journée aident.</translation>
    </message>
    <message>
        <source>Stand up and step away from the screen.</source>
        <translation>Levez-vous et éloignez-vous de l&apos;écran.</translation>
    </message>
    <message>
        <source>Walk at an easy pace: fetch some water, take the stairs, look out of a window.</source>
        <translation>Marchez à un rythme tranquille&#xa0;: allez chercher de l&apos;eau, prenez l&apos;escalier, regardez par une fenêtre.</translation>
    </message>
    <message>
        <source>Let your arms swing and your shoulders settle down and back.</source>
        <translation>Laissez vos bras se balancer et vos épaules se poser vers le bas et en arrière.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Chat-vache</translation>
    </message>
    <message>
        <source>floor, on hands and knees</source>
        <translation>au sol, à quatre pattes</translation>
    </message>
    <message>
        <source>10-15 slow repetitions, breathing in while arching (cow), out while rounding (cat)</source>
        <translation>10-15 répétitions lentes, en inspirant pendant que vous creusez le dos (vache), en expirant pendant que vous l&apos;arrondissez (chat)</translation>
    </message>
    <message>
        <source>mobilises the whole spine, releases mid-back tension</source>
        <translation>mobilise toute la colonne vertébrale, relâche les tensions du milieu du dos</translation>
    </message>
    <message>
        <source>Moves every part of the spine that sitting holds still.</source>
        <translation>Fait bouger chaque partie de la colonne que la position assise immobilise.</translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders and knees under your hips.</source>
        <translation>Mettez-vous à quatre pattes, les mains sous les épaules et les genoux sous les hanches.</translation>
    </message>
    <message>
        <source>Breathe in as you let your belly sink and lift your chest and gaze (cow).</source>
        <translation>Inspirez en laissant le ventre descendre et en levant la poitrine et le regard (vache).</translation>
    </message>
    <message>
        <source>Breathe out as you round your back up towards the ceiling, chin to chest (cat).</source>
        <translation>Expirez en arrondissant le dos vers le plafond, le menton vers la poitrine (chat).</translation>
    </message>
    <message>
        <source>Move slowly between the two with your breath.</source>
        <translation>Passez lentement de l&apos;une à l&apos;autre au rythme de votre respiration.</translation>
    </message>
    <message>
        <source>Thoracic extension</source>
        <translation>Extension thoracique</translation>
    </message>
    <message>
        <source>floor, seated, knees bent, feet flat</source>
        <translation>au sol, en position assise, genoux pliés, pieds à plat</translation>
    </message>
    <message>
        <source>foam roller or rolled-up towel behind the upper back</source>
        <translation>rouleau en mousse ou serviette roulée derrière le haut du dos</translation>
    </message>
    <message>
        <source>Lean back over it and hold 20-30 s; 3-5 times</source>
        <translation>Penchez-vous en arrière par-dessus et tenez 20-30 s&#xa0;; 3-5 fois</translation>
    </message>
    <message>
        <source>opens the chest, extends the thoracic spine</source>
        <translation>ouvre la poitrine, étend la colonne thoracique</translation>
    </message>
    <message>
        <source>Undoes the forward rounding of hours over a screen.</source>
        <translation>Défait l&apos;enroulement vers l&apos;avant dû aux heures passées devant un écran.</translation>
    </message>
    <message>
        <source>Sit on the floor with your knees bent and feet flat.</source>
        <translation>Asseyez-vous au sol, genoux pliés et pieds à plat.</translation>
    </message>
    <message>
        <source>Place a foam roller or rolled-up towel behind your upper back.</source>
        <translation>Placez un rouleau en mousse ou une serviette roulée derrière le haut de votre dos.</translation>
    </message>
    <message>
        <source>Support your head with your hands and lean back over the roller.</source>
        <translation>Soutenez votre tête avec vos mains et penchez-vous en arrière par-dessus le rouleau.</translation>
    </message>
    <message>
        <source>Hold, breathing easily, then come back up.</source>
        <translation>Tenez en respirant calmement, puis redressez-vous.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Posture de l&apos;enfant</translation>
    </message>
    <message>
        <source>floor, from hands and knees</source>
        <translation>au sol, depuis la position à quatre pattes</translation>
    </message>
    <message>
        <source>Hold 30-60 s, breathing deeply</source>
        <translation>Tenez 30-60 s en respirant profondément</translation>
    </message>
    <message>
        <source>lengthens and relaxes the spine</source>
        <translation>allonge et détend la colonne vertébrale</translation>
    </message>
    <message>
        <source>A restful stretch that lets the whole back let go.</source>
        <translation>Un étirement reposant qui permet à tout le dos de se relâcher.</translation>
    </message>
    <message>
        <source>Start on hands and knees.</source>
        <translation>Commencez à quatre pattes.</translation>
    </message>
    <message>
        <source>Sit back towards your heels and reach your arms forward.</source>
        <translation>Reculez les fesses vers vos talons et allongez les bras vers l&apos;avant.</translation>
    </message>
    <message>
        <source>Lower your chest and forehead towards the floor.</source>
        <translation>Descendez la poitrine et le front vers le sol.</translation>
    </message>
    <message>
        <source>Hold and breathe deeply into your back.</source>
        <translation>Tenez et respirez profondément dans votre dos.</translation>
    </message>
    <message>
        <source>Breathe deeply</source>
        <translation>Respirez profondément</translation>
    </message>
    <message>
        <source>Scapular squeezes</source>
        <translation>Serrage des omoplates</translation>
    </message>
    <message>
        <source>seated or standing, arms by the sides</source>
        <translation>en position assise ou debout, bras le long du corps</translation>
    </message>
    <message>
        <source>Squeeze, hold 3-5 s, release; 10-15 times</source>
        <translation>Serrez, tenez 3-5 s, relâchez&#xa0;; 10-15 fois</translation>
    </message>
    <message>
        <source>strengthens the muscles between the shoulder blades</source>
        <translation>renforce les muscles entre les omoplates</translation>
    </message>
    <message>
        <source>Strong muscles between the shoulder blades make sitting tall easier.</source>
        <translation>Des muscles forts entre les omoplates aident à se tenir droit en position assise.</translation>
    </message>
    <message>
        <source>Sit or stand tall with your arms by your sides.</source>
        <translation>En position assise ou debout, grandissez-vous, les bras le long du corps.</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together, keeping your shoulders down.</source>
        <translation>Serrez les omoplates l&apos;une vers l&apos;autre, en gardant les épaules basses.</translation>
    </message>
    <message>
        <source>Hold, then release slowly.</source>
        <translation>Tenez, puis relâchez lentement.</translation>
    </message>
    <message>
        <source>Thoracic rotations</source>
        <translation>Rotations thoraciques</translation>
    </message>
    <message>
        <source>seated tall on a chair, feet flat (or cross-legged on the floor)</source>
        <translation>assis le dos droit sur une chaise, pieds à plat (ou en tailleur au sol)</translation>
    </message>
    <message>
        <source>Hold 10-15 s, then the other side</source>
        <translation>Tenez 10-15 s, puis l&apos;autre côté</translation>
    </message>
    <message>
        <source>restores rotation, eases stiffness, helps posture</source>
        <translation>rétablit la rotation, atténue la raideur, aide la posture</translation>
    </message>
    <message>
        <source>Brings back the twist a day of facing one screen takes away.</source>
        <translation>Redonne la rotation qu&apos;une journée face à un seul écran fait perdre.</translation>
    </message>
    <message>
        <source>Sit tall on your chair with your feet flat (or cross-legged on the floor).</source>
        <translation>Asseyez-vous sur votre chaise, le dos bien droit et les pieds à plat (ou en tailleur au sol).</translation>
    </message>
    <message>
        <source>Put one hand on the opposite knee.</source>
        <translation>Posez une main sur le genou opposé.</translation>
    </message>
    <message>
        <source>Turn your trunk and look over your shoulder; hold.</source>
        <translation>Tournez le buste et regardez par-dessus votre épaule&#xa0;; tenez.</translation>
    </message>
    <message>
        <source>Come back to the middle, then turn to the other side.</source>
        <translation>Revenez au centre, puis tournez de l&apos;autre côté.</translation>
    </message>
    <message>
        <source>Stop any movement that causes pain; move gently.</source>
        <translation>Arrêtez tout mouvement qui provoque une douleur&#xa0;; bougez en douceur.</translation>
    </message>
    <message>
        <source>Seek urgent medical help, and do not exercise, with any of:</source>
        <translation>Demandez une aide médicale urgente, et ne faites pas d&apos;exercice, en présence de l&apos;un de ces signes&#xa0;:</translation>
    </message>
    <message>
        <source>sudden severe pain after a fall or accident</source>
        <translation>douleur soudaine et intense après une chute ou un accident</translation>
    </message>
    <message>
        <source>chest pain, pressure around the chest, or trouble breathing</source>
        <translation>douleur thoracique, sensation de pression autour de la poitrine ou difficulté à respirer</translation>
    </message>
    <message>
        <source>fever, unexplained weight loss, or feeling very ill along with back pain</source>
        <translation>fièvre, perte de poids inexpliquée ou sensation d&apos;être très malade, associées à une douleur dorsale</translation>
    </message>
    <message>
        <source>weakness, numbness, or trouble controlling the legs or bladder</source>
        <translation>faiblesse, engourdissement ou difficulté à contrôler les jambes ou la vessie</translation>
    </message>
    <message>
        <source>See a physical therapist or doctor if symptoms last more than a couple of weeks, keep coming back, or continue despite the exercises.</source>
        <translation>Consultez un kinésithérapeute ou un médecin si les symptômes durent plus de deux semaines environ, reviennent sans cesse ou persistent malgré les exercices.</translation>
    </message>
    <message>
        <source>The app coaches habits; it does not diagnose or treat.</source>
        <translation>L&apos;application vous aide à prendre de bonnes habitudes&#xa0;; elle ne pose pas de diagnostic et ne soigne pas.</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>en position assise</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>au sol</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the places a stretch can be done</comment>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>weekly_report</name>
    <message>
        <source>This report comes from a posture habit coach. It records how the head and shoulders looked to a webcam and when breaks were taken. It is not a medical device and does not diagnose, treat or prevent any condition; please discuss it with your physical therapist or doctor.</source>
        <translation>Ce rapport provient d’un coach d’habitudes posturales. Il enregistre l’aspect de la tête et des épaules vu par une webcam et les moments où des pauses ont été prises. Ce n’est pas un dispositif médical et il ne diagnostique, ne traite ni ne prévient aucune affection&#xa0;; veuillez en parler avec votre kinésithérapeute ou votre médecin.</translation>
    </message>
    <message>
        <source>Upright share per day</source>
        <translation>Part en position droite par jour</translation>
    </message>
    <message>
        <source>{day}: {share}</source>
        <comment>a day and its upright share</comment>
        <translation>{day}&#xa0;: {share}</translation>
    </message>
    <message>
        <source>{confirmed} of {done} ({share})</source>
        <translation>{confirmed} sur {done} ({share})</translation>
    </message>
    <message>
        <source>Posture and breaks: weekly report</source>
        <translation>Posture et pauses&#xa0;: rapport hebdomadaire</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <comment>the days a report covers</comment>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>no days</source>
        <comment>the period of a report that covers none</comment>
        <translation>aucun jour</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Surveillé</translation>
    </message>
    <message>
        <source>Upright share</source>
        <translation>Part en position droite</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>Pauses prises / à prendre</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Pauses naturelles</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Étirements faits</translation>
    </message>
    <message>
        <source>Confirmed by the camera</source>
        <translation>Confirmé par la caméra</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>Plus longue période assise</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirement</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source>No stretches were recorded this week.</source>
        <translation>Aucun étirement n’a été enregistré cette semaine.</translation>
    </message>
    <message>
        <source>{period}.</source>
        <comment>the days the report covers, a sentence</comment>
        <translation>{period}.</translation>
    </message>
    <message>
        <source>Generated {moment}.</source>
        <translation>Généré le {moment}.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>Dos droit</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Dos arrondi</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Snoozed / skipped</source>
        <translation>Reportées / ignorées</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Plus longue période assise</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the ISO 639-1 code of the language you translate into (de, fr, ...)</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Share of the judged sitting time spent upright rather than rounded.</source>
        <translation>Part du temps assis évalué passé en position droite plutôt que le dos arrondi.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Jour par jour</translation>
    </message>
    <message>
        <source>A stretch counts as confirmed when the webcam saw its repetitions or holds done at the full dose during a guided break; the others were counted by the break&apos;s timer or as the user went through them.</source>
        <translation>Un étirement compte comme confirmé quand la webcam a vu ses répétitions ou ses temps de maintien faits à la dose complète pendant une pause guidée&#xa0;; les autres ont été comptés par le minuteur de la pause ou à mesure que la personne les parcourait.</translation>
    </message>
</context>
</TS>
