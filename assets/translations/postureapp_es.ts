<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>You snoozed %n time(s): this break is {longer} min longer.</source>
        <translation>
            <numerusform>Ha pospuesto %n vez: este descanso dura {longer} min más.</numerusform>
            <numerusform>Ha pospuesto %n veces: este descanso dura {longer} min más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s), so this break can&apos;t wait: the prompt insists.</source>
        <translation>
            <numerusform>Ha pospuesto %n vez, así que este descanso no puede esperar: el aviso insiste.</numerusform>
            <numerusform>Ha pospuesto %n veces, así que este descanso no puede esperar: el aviso insiste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve been sitting for %n minute(s) — time to stand up and move.</source>
        <translation>
            <numerusform>Lleva %n minuto sin levantarse — es hora de ponerse de pie y moverse.</numerusform>
            <numerusform>Lleva %n minutos sin levantarse — es hora de ponerse de pie y moverse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>Posponer %n minuto</numerusform>
            <numerusform>Posponer %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need at least %n clear picture(s).</source>
        <translation>
            <numerusform>Necesita al menos %n imagen nítida.</numerusform>
            <numerusform>Necesita al menos %n imágenes nítidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n min. Stand up and stretch.</source>
        <translation>
            <numerusform>Lleva %n min sin levantarse. Póngase de pie y estírese.</numerusform>
            <numerusform>Lleva %n min sin levantarse. Póngase de pie y estírese.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n more min</source>
        <translation>
            <numerusform>En pausa durante %n min más</numerusform>
            <numerusform>En pausa durante %n min más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Break due: sitting for %n min</source>
        <translation>
            <numerusform>Descanso pendiente: %n min sin levantarse</numerusform>
            <numerusform>Descanso pendiente: %n min sin levantarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a meeting: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>En una reunión: %n min sin levantarse; los descansos esperan a que termine</numerusform>
            <numerusform>En una reunión: %n min sin levantarse; los descansos esperan a que termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a call: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>En una llamada: %n min sin levantarse; los descansos esperan a que termine</numerusform>
            <numerusform>En una llamada: %n min sin levantarse; los descansos esperan a que termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n hold(s) seen</source>
        <translation>
            <numerusform>{count} de %n retención vista</numerusform>
            <numerusform>{count} de %n retenciones vistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n repetition(s).</source>
        <translation>
            <numerusform>Visto: {done} de %n repetición.</numerusform>
            <numerusform>Visto: {done} de %n repeticiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s) (side 1: {first} of {per_side}, side 2: {second} of {per_side}).</source>
        <translation>
            <numerusform>Visto: {done} de %n retención (lado 1: {first} de {per_side}, lado 2: {second} de {per_side}).</numerusform>
            <numerusform>Visto: {done} de %n retenciones (lado 1: {first} de {per_side}, lado 2: {second} de {per_side}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s).</source>
        <translation>
            <numerusform>Visto: {done} de %n retención.</numerusform>
            <numerusform>Visto: {done} de %n retenciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a &amp;meeting (hold breaks for %n hour(s))</source>
        <translation>
            <numerusform>En una reu&amp;nión (descansos en espera durante %n hora)</numerusform>
            <numerusform>En una reu&amp;nión (descansos en espera durante %n horas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>%n estiramiento</numerusform>
            <numerusform>%n estiramientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by the camera</source>
        <translation>
            <numerusform>%n confirmado por la cámara</numerusform>
            <numerusform>%n confirmados por la cámara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken ({due} due)</source>
        <translation>
            <numerusform>%n descanso tomado (previstos: {due})</numerusform>
            <numerusform>%n descansos tomados (previstos: {due})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>postureapp looks at your posture through the webcam to coach you. Camera pictures are analysed in memory on this computer and immediately discarded: no picture is ever saved or sent anywhere, and postureapp makes no network connections. What it keeps is a per-minute posture summary and your break history, stored only on this computer.</source>
        <translation>postureapp observa su postura a través de la cámara web para ayudarle a mejorarla. Las imágenes de la cámara se analizan en la memoria de este equipo y se descartan de inmediato: ninguna imagen se guarda ni se envía a ningún sitio, y postureapp no establece ninguna conexión de red. Lo que conserva es un resumen de la postura por minuto y su historial de descansos, guardados solo en este equipo.</translation>
    </message>
    <message>
        <source>About postureapp</source>
        <translation>Acerca de postureapp</translation>
    </message>
    <message>
        <source>postureapp {version}

{privacy}

Pose model: {model}
Settings: {config}
History: {data}</source>
        <translation>postureapp {version}

{privacy}

Modelo de pose: {model}
Configuración: {config}
Historial: {data}</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Cerrar Acerca de</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <source>postureapp menu</source>
        <translation>Menú de postureapp</translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation>&amp;Reanudar la supervisión</translation>
    </message>
    <message>
        <source>&amp;Pause monitoring</source>
        <translation>&amp;Pausar la supervisión</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Tomar un &amp;descanso ahora</translation>
    </message>
    <message>
        <source>&amp;Snooze the break</source>
        <translation>P&amp;osponer el descanso</translation>
    </message>
    <message>
        <source>&amp;Meeting over</source>
        <translation>Reunión &amp;terminada</translation>
    </message>
    <message>
        <source>&amp;Calibrate posture…</source>
        <translation>&amp;Calibrar la postura…</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s summary…</source>
        <translation>Resumen de &amp;hoy…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;About postureapp…</source>
        <translation>&amp;Acerca de postureapp…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>AppWindows</name>
    <message>
        <source>the embedded MediaPipe pose model (BlazePose full, Apache-2.0)</source>
        <translation>el modelo de pose MediaPipe integrado (BlazePose full, Apache-2.0)</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>Back to work in {seconds} s</source>
        <translation>Volver al trabajo en {seconds} s</translation>
    </message>
    <message>
        <source>&amp;Back to work</source>
        <translation>&amp;Volver al trabajo</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>Hora del descanso — postureapp</translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation>S&amp;eguridad</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>When to stop, and when to get help</source>
        <translation>Cuándo parar y cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear la pantalla</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Bloquear la pantalla</translation>
    </message>
    <message>
        <source>Lock the screen while you step away</source>
        <translation>Bloquear la pantalla mientras se aleja</translation>
    </message>
    <message>
        <source>No more snoozing for this break</source>
        <translation>Este descanso ya no se puede posponer</translation>
    </message>
    <message>
        <source>Stretch {number} of {count}</source>
        <translation>Estiramiento {number} de {count}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Es hora de descansar</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>Material: {equipment}</translation>
    </message>
    <message>
        <source>Break time left</source>
        <translation>Tiempo de descanso restante</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Progress through this stretch</source>
        <translation>Progreso en este estiramiento</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Omitir este descanso</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>Pos&amp;poner</translation>
    </message>
    <message>
        <source>&amp;Start break</source>
        <translation>&amp;Iniciar el descanso</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Iniciar el descanso</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Estiramiento anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Estiramiento siguiente</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation>Terminar: finalizar el descanso</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate posture — postureapp</source>
        <translation>Calibrar la postura — postureapp</translation>
    </message>
    <message>
        <source>Calibrate your upright posture</source>
        <translation>Calibre su postura erguida</translation>
    </message>
    <message>
        <source>Sit the way you want to sit: tall, shoulders relaxed, looking at your screen. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>Siéntese como quiere sentarse: con la espalda recta, los hombros relajados y mirando a la pantalla. Mantenga la cabeza y ambos hombros dentro del campo de visión de la cámara. Esto tarda {seconds} segundos. La imagen de la cámara nunca se guarda.</translation>
    </message>
    <message>
        <source>Show the camera &amp;preview</source>
        <translation>Mostrar la &amp;vista previa de la cámara</translation>
    </message>
    <message>
        <source>Show the camera preview</source>
        <translation>Mostrar la vista previa de la cámara</translation>
    </message>
    <message>
        <source>The preview appears here when you press Start.</source>
        <translation>La vista previa aparece aquí cuando pulsa Iniciar.</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Press Start when you are sitting upright.</source>
        <translation>Pulse Iniciar cuando esté en una postura erguida.</translation>
    </message>
    <message>
        <source>Calibration feedback</source>
        <translation>Indicaciones de la calibración</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>Progreso de la calibración</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Also learn how I &amp;slump</source>
        <translation>Aprender también cómo me &amp;encorvo</translation>
    </message>
    <message>
        <source>Optional: sit the way you do when you slump, then press this. Your posture then counts as rounded from halfway between your two postures, which helps when your slump is slight.</source>
        <translation>Opcional: siéntese como lo hace cuando se encorva y pulse este botón. A partir de entonces, su postura cuenta como encorvada desde el punto medio entre sus dos posturas, lo que ayuda cuando se encorva poco.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Hold still and sit upright…</source>
        <translation>No se mueva y siéntese con la espalda recta…</translation>
    </message>
    <message>
        <source>Hold still, sitting the way you do when you slump…</source>
        <translation>No se mueva y siéntese como lo hace cuando se encorva…</translation>
    </message>
    <message>
        <source>Learn how you slump</source>
        <translation>Aprender cómo se encorva</translation>
    </message>
    <message>
        <source>Sit the way you do when you slump late in the day: head and shoulders sunk forward. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>Siéntese como lo hace cuando se encorva al final del día: la cabeza y los hombros hundidos hacia delante. Mantenga la cabeza y ambos hombros dentro del campo de visión de la cámara. Esto tarda {seconds} segundos. La imagen de la cámara nunca se guarda.</translation>
    </message>
    <message>
        <source>Try the &amp;slump again</source>
        <translation>Volver a probar el &amp;encorvamiento</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Done: how you slump is saved too. </source>
        <translation>Hecho: también se ha guardado cómo se encorva. </translation>
    </message>
    <message>
        <source>Done: your upright posture is saved. {message} Optionally, sit the way you do when you slump and press “Also learn how I slump”.</source>
        <translation>Hecho: se ha guardado su postura erguida. {message} Si lo desea, siéntese como lo hace cuando se encorva y pulse «Aprender también cómo me encorvo».</translation>
    </message>
    <message>
        <source>&amp;Recalibrate</source>
        <translation>Recali&amp;brar</translation>
    </message>
</context>
<context>
    <name>DayTimelineChart</name>
    <message>
        <source>Timeline of the day</source>
        <translation>Cronología del día</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>No hay nada registrado</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
</context>
<context>
    <name>HistoryTrendChart</name>
    <message>
        <source>Posture and break trends</source>
        <translation>Tendencias de postura y descansos</translation>
    </message>
    <message>
        <source>Nothing recorded in these days</source>
        <translation>No hay nada registrado en estos días</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Upright share of judged time</source>
        <translation>Proporción del tiempo evaluado en postura erguida</translation>
    </message>
    <message>
        <source>{day}: {share} upright, {breaks}, longest sit {sit}</source>
        <translation>{day}: {share} en postura erguida, {breaks}, periodo sentado más largo {sit}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomados</translation>
    </message>
    <message>
        <source>Breaks taken and due</source>
        <translation>Descansos tomados y previstos</translation>
    </message>
    <message>
        <source>Longest sitting stretch (minutes)</source>
        <translation>Periodo sentado más largo (minutos)</translation>
    </message>
</context>
<context>
    <name>MonitorWorker</name>
    <message>
        <source>{problem} Using the embedded pose model instead.</source>
        <translation>{problem} Se usa en su lugar el modelo de pose integrado.</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeDialog</name>
    <message>
        <source>Before you start — postureapp</source>
        <translation>Antes de empezar — postureapp</translation>
    </message>
    <message>
        <source>postureapp suggests gentle stretches for your mid-back. Please read this once before your first break.</source>
        <translation>postureapp le sugiere estiramientos suaves para la zona media de la espalda. Léalo una vez antes de su primer descanso.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>You can read this again at any time from Safety in a break.</source>
        <translation>Puede volver a leerlo en cualquier momento desde Seguridad durante un descanso.</translation>
    </message>
    <message>
        <source>I &amp;understand</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Move safely</source>
        <translation>Muévase con seguridad</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <source>&amp;Sitting limit before a break:</source>
        <translation>&amp;Límite de tiempo sentado antes de un descanso:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Break length:</source>
        <translation>&amp;Duración del descanso:</translation>
    </message>
    <message>
        <source>&amp;Time away that counts as a break:</source>
        <translation>&amp;Tiempo de ausencia que cuenta como descanso:</translation>
    </message>
    <message>
        <source>S&amp;nooze length:</source>
        <translation>Tiempo que se &amp;pospone:</translation>
    </message>
    <message>
        <source>&amp;Most snoozes in a row:</source>
        <translation>&amp;Máximo de posposiciones seguidas:</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>Sin posponer</translation>
    </message>
    <message>
        <source>Cover the screens &amp;during a break (you can leave after 10 s)</source>
        <translation>&amp;Cubrir las pantallas durante un descanso (puede salir pasados 10 s)</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Posture &amp;sensitivity:</source>
        <translation>&amp;Sensibilidad de la postura:</translation>
    </message>
    <message>
        <source>&amp;Nudge me when I round my back</source>
        <translation>&amp;Avisarme cuando encorve la espalda</translation>
    </message>
    <message>
        <source>&amp;Rounded for how long before a nudge:</source>
        <translation>Tiempo &amp;encorvado antes de un aviso:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Wait between nudges at least:</source>
        <translation>Es&amp;pera mínima entre avisos:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>&amp;Use the camera to watch my posture</source>
        <translation>&amp;Usar la cámara para vigilar mi postura</translation>
    </message>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>Cá&amp;mara:</translation>
    </message>
    <message>
        <source>Check posture &amp;every:</source>
        <translation>Comprobar la postura &amp;cada:</translation>
    </message>
    <message>
        <source>Between checks:</source>
        <translation>Entre comprobaciones:</translation>
    </message>
    <message>
        <source>Show a live &amp;preview while calibrating</source>
        <translation>Mostrar una &amp;vista previa en directo al calibrar</translation>
    </message>
    <message>
        <source>Custom pose mo&amp;del file:</source>
        <translation>Archivo de mo&amp;delo de pose personalizado:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>&amp;Only remind me during working hours</source>
        <translation>&amp;Recordarme solo en horario laboral</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Ini&amp;cio:</translation>
    </message>
    <message>
        <source>Start of working hours</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>End of working hours</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Días laborables:</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Include &amp;floor exercises</source>
        <translation>Incluir ejercicios en el &amp;suelo</translation>
    </message>
    <message>
        <source>&amp;Count stretches with the camera</source>
        <translation>&amp;Contar los estiramientos con la cámara</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Play a sound with reminders</source>
        <translation>&amp;Reproducir un sonido con los recordatorios</translation>
    </message>
    <message>
        <source>Show an &amp;end-of-day summary notification</source>
        <translation>Mostrar una notificación con el resumen al &amp;final del día</translation>
    </message>
    <message>
        <source>System &amp;&amp; data</source>
        <translation>Sistema y datos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation>Ejecutar al iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Keep posture history for:</source>
        <translation>&amp;Conservar el historial de postura durante:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Settings — postureapp</source>
        <translation>Configuración — postureapp</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>From 1, lenient, to 10, strict: how far from upright counts as rounded.</source>
        <translation>De 1, tolerante, a 10, estricta: cuánto alejarse de la postura erguida cuenta como encorvarse.</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>Tolerante</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Estricta</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <source>A new language applies when postureapp next starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie postureapp.</translation>
    </message>
    <message>
        <source>&amp;Keep the camera open</source>
        <translation>Mantener la cámara &amp;abierta</translation>
    </message>
    <message>
        <source>Keep the camera open</source>
        <translation>Mantener la cámara abierta</translation>
    </message>
    <message>
        <source>The camera light stays on while the app watches, and each check is instant. While postureapp holds the camera, a video call app may not be able to use it.</source>
        <translation>La luz de la cámara permanece encendida mientras la aplicación vigila, y cada comprobación es instantánea. Mientras postureapp tiene la cámara, es posible que una aplicación de videollamadas no pueda usarla.</translation>
    </message>
    <message>
        <source>&amp;Open the camera only to take a sample (recommended)</source>
        <translation>Abrir la cámara s&amp;olo para tomar una muestra (recomendado)</translation>
    </message>
    <message>
        <source>Open the camera only to take a sample</source>
        <translation>Abrir la cámara solo para tomar una muestra</translation>
    </message>
    <message>
        <source>The camera light blinks on briefly for each check, and each check takes a second or more while the camera wakes up. Between checks the camera is closed, which some people prefer for privacy, and other apps can use it.</source>
        <translation>La luz de la cámara se enciende brevemente en cada comprobación, y cada comprobación tarda un segundo o más mientras la cámara se activa. Entre comprobaciones la cámara está cerrada, algo que algunas personas prefieren por privacidad, y otras aplicaciones pueden usarla.</translation>
    </message>
    <message>
        <source>Empty: use the built-in model</source>
        <translation>Vacío: usar el modelo integrado</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for a pose model file</source>
        <translation>Buscar un archivo de modelo de pose</translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation>&amp;Lun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>&amp;Tue</source>
        <translation>&amp;Mar</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>M&amp;ié</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>&amp;Jue</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>&amp;Fri</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>&amp;Sáb</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>&amp;Dom</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Floor exercises need space to kneel or lie down. When this is off, breaks only suggest what you can do at your desk.</source>
        <translation>Los ejercicios en el suelo necesitan espacio para arrodillarse o acostarse. Si esta opción está desactivada, los descansos solo sugieren lo que puede hacer en su escritorio.</translation>
    </message>
    <message>
        <source>During a guided break the camera watches the stretch on screen, once or twice a second, to count repetitions and time holds, and says which stretches it saw done. Frames stay in memory and are never stored; the camera is released when the stretch ends. Works once you have calibrated; off means the break&apos;s timer counts.</source>
        <translation>Durante una pausa guiada, la cámara observa el estiramiento que se muestra, una o dos veces por segundo, para contar las repeticiones y medir los mantenimientos, e indica qué estiramientos vio hacer. Las imágenes permanecen en memoria y nunca se guardan; la cámara se libera cuando termina el estiramiento. Funciona una vez hecha la calibración; si está desactivado, cuenta el temporizador de la pausa.</translation>
    </message>
    <message>
        <source>Suggest these stretches (if you untick them all, breaks suggest a short walk):</source>
        <translation>Sugerir estos estiramientos (si los desmarca todos, los descansos sugieren un paseo corto):</translation>
    </message>
    <message>
        <source>{name} (on the floor)</source>
        <translation>{name} (en el suelo)</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Ubicación de los datos</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>Ubicación de los datos:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Eliminar todos mis datos…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Eliminar todos mis datos</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Cámara {index}</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>No se ha guardado. {field}: {reason}</translation>
    </message>
    <message>
        <source>Choose a pose model</source>
        <translation>Elija un modelo de pose</translation>
    </message>
    <message>
        <source>MediaPipe task files (*.task);;All files (*)</source>
        <translation>Archivos de tareas de MediaPipe (*.task);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Delete your posture history, summaries, settings and calibration? This cannot be undone.</source>
        <translation>¿Eliminar su historial de postura, los resúmenes, la configuración y la calibración? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop, so postureapp shows this window instead. Closing it quits postureapp.</source>
        <translation>No se encontró un área de notificación en este escritorio, así que postureapp muestra esta ventana en su lugar. Al cerrarla, postureapp se cierra.</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menú</translation>
    </message>
    <message>
        <source>Open the postureapp menu</source>
        <translation>Abrir el menú de postureapp</translation>
    </message>
</context>
<context>
    <name>StretchCameraPanel</name>
    <message>
        <source>What the camera counted</source>
        <translation>Lo que contó la cámara</translation>
    </message>
    <message>
        <source>Form cue</source>
        <translation>Indicación de técnica</translation>
    </message>
    <message>
        <source>The camera is counting this stretch. Frames stay in memory and are never stored; it is released when the stretch ends.</source>
        <translation>La cámara está contando este estiramiento. Las imágenes permanecen en memoria y nunca se guardan; la cámara se libera cuando termina el estiramiento.</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>Esperando a la cámara…</translation>
    </message>
    <message>
        <source>The camera cannot judge this stretch; the timer counts it.</source>
        <translation>La cámara no puede evaluar este estiramiento; lo cuenta el temporizador.</translation>
    </message>
    <message>
        <source>Not seen: {reason}</source>
        <translation>No visto: {reason}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {detail}</source>
        <translation>Último estiramiento, {name}: {detail}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {title}. {detail}</source>
        <translation>Último estiramiento, {name}: {title}. {detail}</translation>
    </message>
    <message>
        <source>The camera has been released.</source>
        <translation>Se ha liberado la cámara.</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Posture summary — postureapp</source>
        <translation>Resumen de la postura — postureapp</translation>
    </message>
    <message>
        <source>Summary views</source>
        <translation>Vistas del resumen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>History storage problem</source>
        <translation>Problema al guardar el historial</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>Back to &amp;today</source>
        <translation>Volver a &amp;hoy</translation>
    </message>
    <message>
        <source>No data for this day yet</source>
        <translation>Aún no hay datos de este día</translation>
    </message>
    <message>
        <source>Time monitored</source>
        <translation>Tiempo supervisado</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>Periodo sentado más largo</translation>
    </message>
    <message>
        <source>Posture nudges</source>
        <translation>Avisos de postura</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Descansos naturales</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Estiramientos realizados</translation>
    </message>
    <message>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 días</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>Últimos &amp;30 días</translation>
    </message>
    <message>
        <source>No data for these days yet</source>
        <translation>Aún no hay datos de estos días</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Supervisado</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>Descansos tomados / previstos</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Periodo sentado más largo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Press Enter on a day to open it</source>
        <translation>Pulse Intro en un día para abrirlo</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every day in your history as a CSV table</source>
        <translation>Guardar todos los días de su historial como una tabla CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Save every day in your history as JSON</source>
        <translation>Guardar todos los días de su historial como JSON</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>&amp;Informe semanal…</translation>
    </message>
    <message>
        <source>Save a printable report of the 7 days ending on the day shown, for example for your physical therapist</source>
        <translation>Guardar un informe imprimible de los 7 días que terminan en el día mostrado, por ejemplo para su fisioterapeuta</translation>
    </message>
    <message>
        <source>Posture history can&apos;t be saved to disk right now; it is kept in memory.</source>
        <translation>Ahora mismo no se puede guardar el historial de postura en el disco; se conserva en memoria.</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Hoy, {day}</translation>
    </message>
    <message>
        <source>{share} of judged time</source>
        <translation>{share} del tiempo evaluado</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>{shown} shown, {heeded} heeded</source>
        <translation>{shown} mostrados, {heeded} atendidos</translation>
    </message>
    <message>
        <source>{taken} taken, {snoozed} snoozed, {skipped} skipped ({due} due)</source>
        <translation>{taken} tomados, {snoozed} pospuestos, {skipped} omitidos ({due} previstos)</translation>
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
        <translation> — {confirmed} confirmados por la cámara</translation>
    </message>
    <message>
        <source>Could not save the {what} to {path}: {reason}</source>
        <translation>No se pudo guardar {what} en {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>Se ha guardado {what} en {path}</translation>
    </message>
    <message>
        <source>Export posture history as CSV</source>
        <translation>Exportar el historial de postura como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>la exportación CSV</translation>
    </message>
    <message>
        <source>Export posture history as JSON</source>
        <translation>Exportar el historial de postura como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation>la exportación JSON</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>Guardar el informe semanal</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>el informe semanal</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to postureapp</source>
        <translation>Le damos la bienvenida a postureapp</translation>
    </message>
    <message>
        <source>postureapp reminds you to stand up and stretch when you have been sitting for a while, and can let you know when you have been slumped forward for a long time.</source>
        <translation>postureapp le recuerda que se levante y se estire cuando lleva un rato sin levantarse, y puede avisarle cuando lleva mucho tiempo con la espalda encorvada hacia delante.</translation>
    </message>
    <message>
        <source>What the camera is for</source>
        <translation>Para qué sirve la cámara</translation>
    </message>
    <message>
        <source>Only to see how you sit and whether you are at your desk. That is all it looks for.</source>
        <translation>Solo para ver cómo se sienta y si está en su escritorio. Es lo único que busca.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Sus imágenes no salen de su equipo</translation>
    </message>
    <message>
        <source>No image is ever stored or sent anywhere. Everything happens on this computer, and nothing leaves it.</source>
        <translation>Ninguna imagen se guarda ni se envía a ningún sitio. Todo ocurre en este equipo y nada sale de él.</translation>
    </message>
    <message>
        <source>The camera is up to you</source>
        <translation>La cámara es decisión suya</translation>
    </message>
    <message>
        <source>You can turn the camera off at any time and still use the break timer. Without the camera, it counts the time your computer is unlocked.</source>
        <translation>Puede desactivar la cámara en cualquier momento y seguir usando el temporizador de descansos. Sin la cámara, cuenta el tiempo que su equipo está desbloqueado.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Use the &amp;timer without the camera</source>
        <translation>Usar el &amp;temporizador sin la cámara</translation>
    </message>
    <message>
        <source>Use the timer without the camera</source>
        <translation>Usar el temporizador sin la cámara</translation>
    </message>
    <message>
        <source>&amp;Set up the camera</source>
        <translation>&amp;Configurar la cámara</translation>
    </message>
    <message>
        <source>Set up the camera</source>
        <translation>Configurar la cámara</translation>
    </message>
</context>
<context>
    <name>_ScreenCover</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>Hora del descanso — postureapp</translation>
    </message>
    <message>
        <source>Time to step away from the screen</source>
        <translation>Es hora de alejarse de la pantalla</translation>
    </message>
    <message>
        <source>Stand up, stretch and move. The break window has the stretches.</source>
        <translation>Levántese, estírese y muévase. La ventana del descanso tiene los estiramientos.</translation>
    </message>
    <message>
        <source>Back to work: leave this screen</source>
        <translation>Volver al trabajo: salir de esta pantalla</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>The screen could not be locked</source>
        <translation>No se pudo bloquear la pantalla</translation>
    </message>
    <message>
        <source>Lock it the usual way, or just step away from the desk.</source>
        <translation>Bloquéela de la forma habitual, o simplemente aléjese del escritorio.</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Start at login is only supported on Linux so far.</source>
        <translation>Por ahora, la ejecución al iniciar sesión solo es compatible con Linux.</translation>
    </message>
    <message>
        <source>Could not change start at login ({file}): {problem}</source>
        <translation>No se pudo cambiar la ejecución al iniciar sesión ({file}): {problem}</translation>
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
        <translation>Ha pospuesto una vez: este descanso dura {longer} min más.</translation>
    </message>
    <message>
        <source>Each snooze adds {amount} to the break.</source>
        <translation>Cada vez que pospone, el descanso se alarga {amount}.</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>un minuto</translation>
    </message>
    <message>
        <source>You&apos;ve snoozed once, so this break can&apos;t wait: the prompt insists.</source>
        <translation>Ha pospuesto una vez, así que este descanso no puede esperar: el aviso insiste.</translation>
    </message>
    <message>
        <source>This break can&apos;t be snoozed: the prompt insists.</source>
        <translation>Este descanso no se puede posponer: el aviso insiste.</translation>
    </message>
    <message>
        <source>{reason} A few minutes on your feet will do your back good.</source>
        <translation>{reason} Unos minutos de pie le sentarán bien a la espalda.</translation>
    </message>
    <message>
        <source>Your break: {length}. Here is what to try:</source>
        <translation>Su descanso: {length}. Esto es lo que puede probar:</translation>
    </message>
    <message>
        <source>S&amp;nooze {minutes} min</source>
        <translation>&amp;Posponer {minutes} min</translation>
    </message>
</context>
<context>
    <name>calibration</name>
    <message>
        <source>The camera gave no pictures to calibrate from.</source>
        <translation>La cámara no ha dado ninguna imagen para calibrar.</translation>
    </message>
    <message>
        <source>Calibration failed: only {usable} of {total} camera pictures showed you clearly. {advice}</source>
        <translation>La calibración ha fallado: solo {usable} de {total} imágenes de la cámara le mostraban con claridad. {advice}</translation>
    </message>
    <message>
        <source>Calibration failed: your head appears level with or below your shoulders. Sit tall, with the camera at about eye level, and try again.</source>
        <translation>La calibración ha fallado: su cabeza parece estar a la altura de los hombros o por debajo. Siéntese con la espalda recta, con la cámara aproximadamente a la altura de los ojos, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Calibrated from {used} of {total} camera pictures.</source>
        <translation>Calibrado a partir de {used} de {total} imágenes de la cámara.</translation>
    </message>
    <message>
        <source>Your slumped posture looks almost like your upright one from the camera, so it was not used: slumps are judged from your upright posture alone. Let your head and shoulders sink the way they do late in the day, and try again.</source>
        <translation>Desde la cámara, su postura encorvada se ve casi igual que la erguida, así que no se ha usado: el encorvamiento se evalúa solo a partir de su postura erguida. Deje que la cabeza y los hombros se hundan como lo hacen al final del día e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Learned how you slump from {used} of {total} camera pictures.</source>
        <translation>Se ha aprendido cómo se encorva a partir de {used} de {total} imágenes de la cámara.</translation>
    </message>
    <message>
        <source>You appear much nearer to the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>Parece estar mucho más cerca de la cámara que cuando calibró; si la cámara o la pantalla se han movido, vuelva a calibrar.</translation>
    </message>
    <message>
        <source>You appear much further from the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>Parece estar mucho más lejos de la cámara que cuando calibró; si la cámara o la pantalla se han movido, vuelva a calibrar.</translation>
    </message>
    <message>
        <source>You appear in a different part of the camera&apos;s view than when you calibrated; if the camera moved, please recalibrate.</source>
        <translation>Aparece en otra parte del campo de visión de la cámara que cuando calibró; si la cámara se ha movido, vuelva a calibrar.</translation>
    </message>
    <message>
        <source>Your posture has read as strongly rounded for the last 20 minutes. If you are sitting upright, the calibration no longer fits: please recalibrate.</source>
        <translation>Su postura se ha leído como muy encorvada durante los últimos 20 minutos. Si tiene la espalda recta, la calibración ya no es válida: vuelva a calibrar.</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>No camera found at {device}.</source>
        <translation>No se ha encontrado ninguna cámara en {device}.</translation>
    </message>
    <message>
        <source>No permission to use {device} (is the user in the video group?).</source>
        <translation>No tiene permiso para usar {device} (¿pertenece el usuario al grupo video?).</translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation>No se pudo abrir la cámara.</translation>
    </message>
    <message>
        <source>The camera is in use by another app (a video call?).</source>
        <translation>Otra aplicación está usando la cámara (¿una videollamada?).</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>La cámara se ha desconectado.</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>La cámara no da imagen.</translation>
    </message>
    <message>
        <source>The camera is turned off.</source>
        <translation>La cámara está apagada.</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Break due</source>
        <translation>Descanso previsto</translation>
    </message>
    <message>
        <source>Break taken</source>
        <translation>Descanso tomado</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Descanso natural</translation>
    </message>
</context>
<context>
    <name>coach</name>
    <message>
        <source>For 15 minutes</source>
        <translation>Durante 15 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Hasta que reanude</translation>
    </message>
    <message>
        <source>Posture monitoring is off</source>
        <translation>La supervisión de la postura está desactivada</translation>
    </message>
    <message>
        <source>{problem} The break timer keeps working.</source>
        <translation>{problem} El temporizador de descansos sigue funcionando.</translation>
    </message>
    <message>
        <source>Recalibrate?</source>
        <translation>¿Volver a calibrar?</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Iniciar el descanso</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Es hora de descansar</translation>
    </message>
    <message>
        <source>Camera busy for hours</source>
        <translation>Cámara ocupada durante horas</translation>
    </message>
    <message>
        <source>Another app has held the camera for two hours. Breaks are timed again; pause postureapp if you are in a long meeting.</source>
        <translation>Otra aplicación lleva dos horas usando la cámara. Los descansos vuelven a cronometrarse; ponga postureapp en pausa si está en una reunión larga.</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Posture history</source>
        <translation>Historial de postura</translation>
    </message>
    <message>
        <source>Posture history not saved</source>
        <translation>No se ha guardado el historial de postura</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Su día</translation>
    </message>
    <message>
        <source>Someone else is in view; only you are judged</source>
        <translation>Hay otra persona a la vista; solo se le evalúa a usted</translation>
    </message>
    <message>
        <source>Camera off while paused</source>
        <translation>Cámara apagada durante la pausa</translation>
    </message>
    <message>
        <source>The camera does not see you</source>
        <translation>La cámara no le ve</translation>
    </message>
    <message>
        <source>Not calibrated yet: Calibrate posture in the menu</source>
        <translation>Aún sin calibrar: use Calibrar la postura en el menú</translation>
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
        <translation>{done} ({confirmed} confirmados)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation>Hoy: aún no hay nada registrado</translation>
    </message>
    <message>
        <source>Today: {duration} monitored</source>
        <translation>Hoy: {duration} de supervisión</translation>
    </message>
    <message>
        <source>{share} upright</source>
        <translation>{share} en postura erguida</translation>
    </message>
    <message>
        <source>longest sit {duration}</source>
        <translation>periodo sentado más largo de {duration}</translation>
    </message>
</context>
<context>
    <name>guided_break</name>
    <message>
        <source>Break time left {time}</source>
        <translation>Tiempo de descanso restante {time}</translation>
    </message>
    <message>
        <source>Break time is up — finish when you&apos;re ready</source>
        <translation>Se acabó el tiempo de descanso — termine cuando quiera</translation>
    </message>
    <message>
        <source>first side, then switch sides</source>
        <translation>primer lado, luego cambie de lado</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>otro lado</translation>
    </message>
    <message>
        <source>Hold {number} of {total}</source>
        <translation>Retención {number} de {total}</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>Mantenga {time}</translation>
    </message>
    <message>
        <source>Release {time}</source>
        <translation>Suelte {time}</translation>
    </message>
    <message>
        <source>Rest and breathe — next is hold {number} of {total}</source>
        <translation>Descanse y respire — a continuación, retención {number} de {total}</translation>
    </message>
    <message>
        <source>Switch sides {time}</source>
        <translation>Cambie de lado {time}</translation>
    </message>
    <message>
        <source>Come back to the middle and get ready for the other side</source>
        <translation>Vuelva al centro y prepárese para el otro lado</translation>
    </message>
    <message>
        <source>Slow and steady, about {seconds} s each</source>
        <translation>Despacio y a ritmo constante, unos {seconds} s cada una</translation>
    </message>
    <message>
        <source>Rep {number} of {total}</source>
        <translation>Repetición {number} de {total}</translation>
    </message>
    <message>
        <source>Walk {time}</source>
        <translation>Camine {time}</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace until the time is up</source>
        <translation>Siga moviéndose a paso tranquilo hasta que acabe el tiempo</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>That was the last one — press Done to finish</source>
        <translation>Ese era el último — pulse Terminar para acabar</translation>
    </message>
    <message>
        <source>Press Next when you&apos;re ready</source>
        <translation>Pulse Siguiente cuando quiera continuar</translation>
    </message>
</context>
<context>
    <name>history_store</name>
    <message>
        <source>Posture history is kept in memory for now and saved when this is fixed.</source>
        <translation>De momento, el historial de postura se conserva en memoria y se guardará cuando se solucione esto.</translation>
    </message>
    <message>
        <source>The history file was written by a newer version of the app.</source>
        <translation>El archivo del historial lo escribió una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>The history file {file} belongs to another program (it holds {tables}), so it was left alone: move it elsewhere.</source>
        <translation>El archivo del historial {file} pertenece a otro programa (contiene {tables}), así que no se ha tocado: muévalo a otro lugar.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>The history file can&apos;t be written (read-only).</source>
        <translation>No se puede escribir el archivo del historial (solo lectura).</translation>
    </message>
    <message>
        <source>The history file is in use by another program.</source>
        <translation>Otro programa está usando el archivo del historial.</translation>
    </message>
    <message>
        <source>The history file can&apos;t be saved ({problem}).</source>
        <translation>No se puede guardar el archivo del historial ({problem}).</translation>
    </message>
    <message>
        <source>The history file is damaged and could not be moved aside. Posture history is kept in memory for now.</source>
        <translation>El archivo del historial está dañado y no se pudo apartar. De momento, el historial de postura se conserva en memoria.</translation>
    </message>
    <message>
        <source>The history file was damaged ({problem}). It was moved aside to {file} and a new history was started.</source>
        <translation>El archivo del historial estaba dañado ({problem}). Se ha apartado con el nombre {file} y se ha empezado un historial nuevo.</translation>
    </message>
    <message>
        <source>was deleted</source>
        <translation>se eliminó</translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation>se sustituyó por otro archivo</translation>
    </message>
    <message>
        <source>was overwritten with something that is not a history database</source>
        <translation>se sobrescribió con algo que no es una base de datos de historial</translation>
    </message>
    <message>
        <source>was damaged (quick check: {result})</source>
        <translation>se dañó (comprobación rápida: {result})</translation>
    </message>
    <message>
        <source> It was moved aside to {file}.</source>
        <translation> Se ha apartado con el nombre {file}.</translation>
    </message>
    <message>
        <source>The history file {what} while the app was running.{kept} A new history file was started with {how_much}.</source>
        <translation>El archivo del historial {what} mientras la aplicación estaba en marcha.{kept} Se ha empezado un archivo de historial nuevo con {how_much}.</translation>
    </message>
    <message>
        <source>all the history it still held</source>
        <translation>todo el historial que aún contenía</translation>
    </message>
    <message>
        <source>today&apos;s history</source>
        <translation>el historial de hoy</translation>
    </message>
    <message>
        <source>only what had not been saved yet</source>
        <translation>solo lo que aún no se había guardado</translation>
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
        <translation>Datos eliminados</translation>
    </message>
    <message>
        <source>Your posture history, calibration and settings are deleted.</source>
        <translation>Se han eliminado su historial de postura, la calibración y la configuración.</translation>
    </message>
    <message>
        <source>History not deleted</source>
        <translation>No se ha eliminado el historial</translation>
    </message>
</context>
<context>
    <name>pose_model</name>
    <message>
        <source>The embedded pose model is missing ({file}). Reinstall postureapp.</source>
        <translation>Falta el modelo de pose integrado ({file}). Vuelva a instalar postureapp.</translation>
    </message>
    <message>
        <source>The embedded pose model is corrupt ({file}: SHA-256 {found}..., expected {expected}...). Reinstall postureapp.</source>
        <translation>El modelo de pose integrado está dañado ({file}: SHA-256 {found}..., se esperaba {expected}...). Vuelva a instalar postureapp.</translation>
    </message>
    <message>
        <source>Pose model not found: {file}</source>
        <translation>No se ha encontrado el modelo de pose: {file}</translation>
    </message>
    <message>
        <source>The pose model {file} is not a file (a folder, a FIFO or a device).</source>
        <translation>El modelo de pose {file} no es un archivo (es una carpeta, un FIFO o un dispositivo).</translation>
    </message>
    <message>
        <source>{file} is not a MediaPipe .task bundle ({problem}).</source>
        <translation>{file} no es un paquete .task de MediaPipe ({problem}).</translation>
    </message>
    <message>
        <source>{file} is not a pose landmarker bundle: it lacks {members}.</source>
        <translation>{file} no es un paquete de detección de pose: le falta {members}.</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>Your head and both shoulders are in view.</source>
        <translation>Su cabeza y ambos hombros están a la vista.</translation>
    </message>
    <message>
        <source>Nobody in view.</source>
        <translation>No hay nadie a la vista.</translation>
    </message>
    <message>
        <source>Your head is out of the camera&apos;s view.</source>
        <translation>Su cabeza está fuera del campo de visión de la cámara.</translation>
    </message>
    <message>
        <source>Both shoulders need to be in the camera&apos;s view: tilt the camera down or sit further back.</source>
        <translation>Ambos hombros deben estar en el campo de visión de la cámara: incline la cámara hacia abajo o siéntese más atrás.</translation>
    </message>
    <message>
        <source>It is too dark for the camera to see you.</source>
        <translation>Está demasiado oscuro para que la cámara le vea.</translation>
    </message>
    <message>
        <source>There is bright light behind you; the camera cannot see you well. Face the light or close the blind behind you.</source>
        <translation>Hay una luz intensa detrás de usted; la cámara no le ve bien. Póngase de cara a la luz o cierre la persiana que tiene detrás.</translation>
    </message>
    <message>
        <source>The camera cannot see you clearly enough to judge posture.</source>
        <translation>La cámara no le ve con suficiente claridad para evaluar su postura.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Sit tall and let your head float up</source>
        <translation>Siéntese con la espalda recta y deje que la cabeza se eleve</translation>
    </message>
    <message>
        <source>Shoulders relaxed, down and back</source>
        <translation>Hombros relajados, hacia abajo y hacia atrás</translation>
    </message>
    <message>
        <source>Bring the screen to eye level</source>
        <translation>Ponga la pantalla a la altura de los ojos</translation>
    </message>
    <message>
        <source>Let your head rest over your shoulders</source>
        <translation>Deje que la cabeza descanse sobre los hombros</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation>Suelte el aire y deje caer los hombros</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>debe ser un número entero (valor: {value})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>debe estar entre {low} y {high} (valor: {value})</translation>
    </message>
    <message>
        <source>must be a time like 09:00, got {value}</source>
        <translation>debe ser una hora como 09:00 (valor: {value})</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>debe ser true o false (valor: {value})</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>debe ser una ruta de archivo</translation>
    </message>
    <message>
        <source>must differ from the start of the working day</source>
        <translation>debe ser distinto del inicio del horario laboral</translation>
    </message>
    <message>
        <source>must be days among {days}</source>
        <translation>debe contener días entre {days}</translation>
    </message>
    <message>
        <source>pick at least one working day, or turn the working-hours schedule off</source>
        <translation>elija al menos un día laborable o desactive el horario laboral</translation>
    </message>
    <message>
        <source>must be stretch ids among {ids}</source>
        <translation>debe contener identificadores de estiramiento entre {ids}</translation>
    </message>
    <message>
        <source>must be one of {languages}, or empty for the system&apos;s language</source>
        <translation>debe ser uno de {languages}, o estar vacío para el idioma del sistema</translation>
    </message>
    <message>
        <source>must be a calibration baseline</source>
        <translation>debe ser una calibración</translation>
    </message>
</context>
<context>
    <name>settings_file</name>
    <message>
        <source>Your posture calibration was lost; please recalibrate.</source>
        <translation>Se ha perdido la calibración de su postura; vuelva a calibrar.</translation>
    </message>
    <message>
        <source>The settings file {file} could not be read ({problem}); using the default settings.</source>
        <translation>No se pudo leer el archivo de configuración {file} ({problem}); se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>Sitting limit (minutes)</source>
        <translation>Límite de tiempo sentado (minutos)</translation>
    </message>
    <message>
        <source>Break length (minutes)</source>
        <translation>Duración del descanso (minutos)</translation>
    </message>
    <message>
        <source>Natural break (minutes)</source>
        <translation>Ausencia que cuenta como descanso (minutos)</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>Tiempo que se pospone (minutos)</translation>
    </message>
    <message>
        <source>Max snoozes</source>
        <translation>Máximo de posposiciones seguidas</translation>
    </message>
    <message>
        <source>Strict breaks</source>
        <translation>Descansos estrictos</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad de la postura</translation>
    </message>
    <message>
        <source>Nudges enabled</source>
        <translation>Avisos al encorvar la espalda</translation>
    </message>
    <message>
        <source>Nudge after (seconds)</source>
        <translation>Tiempo encorvado antes de un aviso (segundos)</translation>
    </message>
    <message>
        <source>Nudge cooldown (minutes)</source>
        <translation>Espera mínima entre avisos (minutos)</translation>
    </message>
    <message>
        <source>Camera enabled</source>
        <translation>Usar la cámara</translation>
    </message>
    <message>
        <source>Camera index</source>
        <translation>Número de cámara</translation>
    </message>
    <message>
        <source>Sample interval (seconds)</source>
        <translation>Intervalo entre comprobaciones (segundos)</translation>
    </message>
    <message>
        <source>Keep camera open</source>
        <translation>Mantener la cámara abierta</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vista previa al calibrar</translation>
    </message>
    <message>
        <source>Model path</source>
        <translation>Archivo de modelo de pose personalizado</translation>
    </message>
    <message>
        <source>Schedule enabled</source>
        <translation>Recordar solo en horario laboral</translation>
    </message>
    <message>
        <source>Work start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <source>Work end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Disabled stretches</source>
        <translation>Estiramientos desactivados</translation>
    </message>
    <message>
        <source>Floor exercises</source>
        <translation>Ejercicios en el suelo</translation>
    </message>
    <message>
        <source>Camera counts stretches</source>
        <translation>Contar los estiramientos con la cámara</translation>
    </message>
    <message>
        <source>Sound enabled</source>
        <translation>Sonido con los recordatorios</translation>
    </message>
    <message>
        <source>End of day summary</source>
        <translation>Resumen al final del día</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Ejecutar al iniciar sesión</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Conservación del historial (días)</translation>
    </message>
    <message>
        <source>First run done</source>
        <translation>Primer inicio completado</translation>
    </message>
    <message>
        <source>Safety acknowledged</source>
        <translation>Notas de seguridad leídas</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>The settings file held bytes that are not UTF-8 text; they were replaced with “�”.</source>
        <translation>El archivo de configuración contenía bytes que no son texto UTF-8; se han sustituido por «�».</translation>
    </message>
    <message>
        <source>The settings file was damaged, so all settings were reset to their defaults.</source>
        <translation>El archivo de configuración estaba dañado, así que se ha restablecido toda la configuración a sus valores predeterminados.</translation>
    </message>
    <message>
        <source>The original file was kept as {file}.</source>
        <translation>El archivo original se ha conservado como {file}.</translation>
    </message>
    <message>
        <source>The settings file {file} is larger than {size} KB, so it was not read and could not be moved aside ({problem}); using the default settings.</source>
        <translation>El archivo de configuración {file} ocupa más de {size} KB, así que no se ha leído y no se pudo apartar ({problem}); se usa la configuración predeterminada.</translation>
    </message>
    <message>
        <source>The settings file was larger than {size} KB, far too big to be settings, so it was not read and the default settings are used. It was kept as {file}.</source>
        <translation>El archivo de configuración ocupaba más de {size} KB, demasiado para ser una configuración, así que no se ha leído y se usa la configuración predeterminada. Se ha conservado como {file}.</translation>
    </message>
    <message>
        <source>Some settings did not fit together and were reset.</source>
        <translation>Algunas opciones no eran compatibles entre sí y se han restablecido.</translation>
    </message>
    <message>
        <source>The language “{language}” in the settings file is not one postureapp speaks ({languages}), so it follows the system&apos;s language.</source>
        <translation>El idioma «{language}» del archivo de configuración no es uno de los que habla postureapp ({languages}), así que se usa el idioma del sistema.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>«ninguno»</translation>
    </message>
    <message>
        <source>on</source>
        <translation>«activado»</translation>
    </message>
    <message>
        <source>off</source>
        <translation>«desactivado»</translation>
    </message>
    <message>
        <source>it had the wrong kind of value</source>
        <translation>el valor no era del tipo correcto</translation>
    </message>
    <message>
        <source>it did not fit with {setting}</source>
        <translation>el valor no era compatible con «{setting}»</translation>
    </message>
    <message>
        <source>{setting} was reset to {default}: {reason}.</source>
        <translation>El ajuste «{setting}» se restableció a {default}: {reason}.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>en una llamada</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation>en una reunión</translation>
    </message>
    <message>
        <source>for a minute after the call or meeting</source>
        <translation>durante un minuto después de la llamada o la reunión</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fuera del horario laboral</translation>
    </message>
    <message>
        <source>break in progress</source>
        <translation>descanso en curso</translation>
    </message>
    <message>
        <source>upright</source>
        <translation>erguida</translation>
    </message>
    <message>
        <source>rounded forward</source>
        <translation>encorvada hacia delante</translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation>lejos del escritorio</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>Erguida</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Encorvada</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>camera off (timer only)</source>
        <translation>cámara apagada (solo temporizador)</translation>
    </message>
    <message>
        <source>no camera found (timer only)</source>
        <translation>no se ha encontrado ninguna cámara (solo temporizador)</translation>
    </message>
    <message>
        <source>camera in use by another app</source>
        <translation>otra aplicación está usando la cámara</translation>
    </message>
    <message>
        <source>camera disconnected (timer only)</source>
        <translation>cámara desconectada (solo temporizador)</translation>
    </message>
    <message>
        <source>camera gives no picture (timer only)</source>
        <translation>la cámara no da imagen (solo temporizador)</translation>
    </message>
    <message>
        <source>replay ended</source>
        <translation>reproducción terminada</translation>
    </message>
    <message>
        <source>Breaks held: {reasons}</source>
        <translation>Descansos en espera: {reasons}</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>En pausa hasta que reanude</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En un descanso</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Lejos del escritorio</translation>
    </message>
    <message>
        <source>Sitting for {minutes} min, next break in {until} min</source>
        <translation>{minutes} min sin levantarse, próximo descanso en {until} min</translation>
    </message>
    <message>
        <source>Posture: {posture}</source>
        <translation>Postura: {posture}</translation>
    </message>
    <message>
        <source>Posture checks use the camera</source>
        <translation>Las comprobaciones de postura usan la cámara</translation>
    </message>
</context>
<context>
    <name>stretch_recognition</name>
    <message>
        <source>Confirmed by the camera</source>
        <translation>Confirmado por la cámara</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Hecho en parte</translation>
    </message>
    <message>
        <source>Not seen done</source>
        <translation>No se vio realizado</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>No visto</translation>
    </message>
    <message>
        <source>Not judged by the camera</source>
        <translation>No evaluado por la cámara</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>a la vista</translation>
    </message>
    <message>
        <source>nobody was in view</source>
        <translation>no había nadie a la vista</translation>
    </message>
    <message>
        <source>you were partly out of the camera&apos;s view</source>
        <translation>estaba parcialmente fuera del campo de visión de la cámara</translation>
    </message>
    <message>
        <source>it was too dark or too bright behind you</source>
        <translation>estaba demasiado oscuro o había demasiada luz detrás de usted</translation>
    </message>
    <message>
        <source>another person was in view</source>
        <translation>había otra persona a la vista</translation>
    </message>
    <message>
        <source>the camera could not see you clearly</source>
        <translation>la cámara no le veía con claridad</translation>
    </message>
    <message>
        <source>the camera gave no picture</source>
        <translation>la cámara no dio imagen</translation>
    </message>
    <message>
        <source>Shoulders down</source>
        <translation>Hombros abajo</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>Hold a little longer</source>
        <translation>Mantenga un poco más</translation>
    </message>
    <message>
        <source>not judged by the camera</source>
        <translation>no evaluado por la cámara</translation>
    </message>
    <message>
        <source>away from the desk {seconds} s</source>
        <translation>lejos del escritorio {seconds} s</translation>
    </message>
    <message>
        <source>repetition {number} of {total}</source>
        <translation>repetición {number} de {total}</translation>
    </message>
    <message>
        <source>hold {number} of {total} — {seconds} s</source>
        <translation>retención {number} de {total} — {seconds} s</translation>
    </message>
    <message>
        <source>hold {number} of {total} done — release</source>
        <translation>retención {number} de {total} hecha — suelte</translation>
    </message>
    <message>
        <source>side {side}: {text}</source>
        <translation>lado {side}: {text}</translation>
    </message>
    <message>
        <source>Not judged by the camera (calibrate first so the camera can follow stretches); the timer counted it.</source>
        <translation>No evaluado por la cámara (calibre primero para que la cámara pueda seguir los estiramientos); lo contó el temporizador.</translation>
    </message>
    <message>
        <source>Not judged by the camera (the camera cannot judge this stretch); the timer counted it.</source>
        <translation>No evaluado por la cámara (la cámara no puede evaluar este estiramiento); lo contó el temporizador.</translation>
    </message>
    <message>
        <source>Not seen: the stretch ended before the camera saw anything.</source>
        <translation>No visto: el estiramiento terminó antes de que la cámara viera nada.</translation>
    </message>
    <message>
        <source>Not seen: {reason}.</source>
        <translation>No visto: {reason}.</translation>
    </message>
    <message>
        <source>Not judged by the camera: you stayed in view, and it cannot tell a walk.</source>
        <translation>No evaluado por la cámara: permaneció a la vista, y la cámara no puede reconocer un paseo.</translation>
    </message>
    <message>
        <source>Seen: {done} s away from the desk (of {target} that count as the walk).</source>
        <translation>Visto: {done} s lejos del escritorio (de {target} que cuentan como paseo).</translation>
    </message>
</context>
<context>
    <name>stretches</name>
    <message>
        <source>Short walk</source>
        <translation>Paseo corto</translation>
    </message>
    <message>
        <source>on your feet, away from the desk</source>
        <translation>de pie, lejos del escritorio</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>2-3 minutes at an easy pace, or longer if you like</source>
        <translation>2-3 minutos a paso tranquilo, o más si lo desea</translation>
    </message>
    <message>
        <source>gets you out of the sitting position and moving</source>
        <translation>le saca de la posición sentada y le pone en movimiento</translation>
    </message>
    <message>
        <source>Mid-back ache at a desk often eases when you walk; short walks spread over the day help.</source>
        <translation>El dolor en la zona media de la espalda al trabajar en un escritorio suele aliviarse al caminar; los paseos cortos repartidos a lo largo del día ayudan.</translation>
    </message>
    <message>
        <source>Stand up and step away from the screen.</source>
        <translation>Levántese y aléjese de la pantalla.</translation>
    </message>
    <message>
        <source>Walk at an easy pace: fetch some water, take the stairs, look out of a window.</source>
        <translation>Camine a paso tranquilo: vaya a buscar agua, suba las escaleras, mire por una ventana.</translation>
    </message>
    <message>
        <source>Let your arms swing and your shoulders settle down and back.</source>
        <translation>Deje que los brazos se balanceen y que los hombros se asienten hacia abajo y hacia atrás.</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>Gato-vaca</translation>
    </message>
    <message>
        <source>floor, on hands and knees</source>
        <translation>en el suelo, a cuatro patas</translation>
    </message>
    <message>
        <source>10-15 slow repetitions, breathing in while arching (cow), out while rounding (cat)</source>
        <translation>10-15 repeticiones lentas, tomando aire al arquear la espalda (vaca) y soltándolo al redondearla (gato)</translation>
    </message>
    <message>
        <source>mobilises the whole spine, releases mid-back tension</source>
        <translation>moviliza toda la columna y libera la tensión de la zona media de la espalda</translation>
    </message>
    <message>
        <source>Moves every part of the spine that sitting holds still.</source>
        <translation>Mueve todas las partes de la columna que quedan inmóviles al estar sentado.</translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders and knees under your hips.</source>
        <translation>Póngase a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.</translation>
    </message>
    <message>
        <source>Breathe in as you let your belly sink and lift your chest and gaze (cow).</source>
        <translation>Tome aire mientras deja bajar el vientre y eleva el pecho y la mirada (vaca).</translation>
    </message>
    <message>
        <source>Breathe out as you round your back up towards the ceiling, chin to chest (cat).</source>
        <translation>Suelte el aire mientras redondea la espalda hacia el techo, con la barbilla hacia el pecho (gato).</translation>
    </message>
    <message>
        <source>Move slowly between the two with your breath.</source>
        <translation>Pase despacio de una postura a otra al ritmo de la respiración.</translation>
    </message>
    <message>
        <source>Thoracic extension</source>
        <translation>Extensión torácica</translation>
    </message>
    <message>
        <source>floor, seated, knees bent, feet flat</source>
        <translation>en el suelo, sentado, rodillas flexionadas, pies apoyados</translation>
    </message>
    <message>
        <source>foam roller or rolled-up towel behind the upper back</source>
        <translation>rodillo de espuma o toalla enrollada detrás de la parte alta de la espalda</translation>
    </message>
    <message>
        <source>Lean back over it and hold 20-30 s; 3-5 times</source>
        <translation>Inclínese hacia atrás sobre él y mantenga 20-30 s; 3-5 veces</translation>
    </message>
    <message>
        <source>opens the chest, extends the thoracic spine</source>
        <translation>abre el pecho y extiende la columna torácica</translation>
    </message>
    <message>
        <source>Undoes the forward rounding of hours over a screen.</source>
        <translation>Contrarresta el encorvamiento hacia delante de pasar horas frente a una pantalla.</translation>
    </message>
    <message>
        <source>Sit on the floor with your knees bent and feet flat.</source>
        <translation>Siéntese en el suelo con las rodillas flexionadas y los pies apoyados.</translation>
    </message>
    <message>
        <source>Place a foam roller or rolled-up towel behind your upper back.</source>
        <translation>Coloque un rodillo de espuma o una toalla enrollada detrás de la parte alta de la espalda.</translation>
    </message>
    <message>
        <source>Support your head with your hands and lean back over the roller.</source>
        <translation>Sujétese la cabeza con las manos e inclínese hacia atrás sobre el rodillo.</translation>
    </message>
    <message>
        <source>Hold, breathing easily, then come back up.</source>
        <translation>Mantenga la postura respirando con calma y luego vuelva a incorporarse.</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>Postura del niño</translation>
    </message>
    <message>
        <source>floor, from hands and knees</source>
        <translation>en el suelo, desde la posición a cuatro patas</translation>
    </message>
    <message>
        <source>Hold 30-60 s, breathing deeply</source>
        <translation>Mantenga 30-60 s, respirando profundamente</translation>
    </message>
    <message>
        <source>lengthens and relaxes the spine</source>
        <translation>alarga y relaja la columna</translation>
    </message>
    <message>
        <source>A restful stretch that lets the whole back let go.</source>
        <translation>Un estiramiento reparador que deja que toda la espalda se relaje.</translation>
    </message>
    <message>
        <source>Start on hands and knees.</source>
        <translation>Empiece a cuatro patas.</translation>
    </message>
    <message>
        <source>Sit back towards your heels and reach your arms forward.</source>
        <translation>Eche las caderas hacia atrás, hacia los talones, y estire los brazos hacia delante.</translation>
    </message>
    <message>
        <source>Lower your chest and forehead towards the floor.</source>
        <translation>Baje el pecho y la frente hacia el suelo.</translation>
    </message>
    <message>
        <source>Hold and breathe deeply into your back.</source>
        <translation>Mantenga la postura y respire profundamente, llevando el aire hacia la espalda.</translation>
    </message>
    <message>
        <source>Breathe deeply</source>
        <translation>Respire profundamente</translation>
    </message>
    <message>
        <source>Scapular squeezes</source>
        <translation>Retracciones escapulares</translation>
    </message>
    <message>
        <source>seated or standing, arms by the sides</source>
        <translation>sentado o de pie, brazos a los lados</translation>
    </message>
    <message>
        <source>Squeeze, hold 3-5 s, release; 10-15 times</source>
        <translation>Junte los omóplatos, mantenga 3-5 s, suelte; 10-15 veces</translation>
    </message>
    <message>
        <source>strengthens the muscles between the shoulder blades</source>
        <translation>fortalece los músculos entre los omóplatos</translation>
    </message>
    <message>
        <source>Strong muscles between the shoulder blades make sitting tall easier.</source>
        <translation>Unos músculos fuertes entre los omóplatos facilitan sentarse con la espalda recta.</translation>
    </message>
    <message>
        <source>Sit or stand tall with your arms by your sides.</source>
        <translation>Siéntese o póngase de pie con la espalda recta y los brazos a los lados.</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together, keeping your shoulders down.</source>
        <translation>Junte los omóplatos, manteniendo los hombros abajo.</translation>
    </message>
    <message>
        <source>Hold, then release slowly.</source>
        <translation>Mantenga y luego suelte despacio.</translation>
    </message>
    <message>
        <source>Thoracic rotations</source>
        <translation>Rotaciones torácicas</translation>
    </message>
    <message>
        <source>seated tall on a chair, feet flat (or cross-legged on the floor)</source>
        <translation>sentado en una silla con la espalda recta y los pies apoyados (o con las piernas cruzadas en el suelo)</translation>
    </message>
    <message>
        <source>Hold 10-15 s, then the other side</source>
        <translation>Mantenga 10-15 s y luego el otro lado</translation>
    </message>
    <message>
        <source>restores rotation, eases stiffness, helps posture</source>
        <translation>recupera la rotación, alivia la rigidez y ayuda a la postura</translation>
    </message>
    <message>
        <source>Brings back the twist a day of facing one screen takes away.</source>
        <translation>Devuelve el giro que le quita un día entero mirando a una sola pantalla.</translation>
    </message>
    <message>
        <source>Sit tall on your chair with your feet flat (or cross-legged on the floor).</source>
        <translation>Siéntese con la espalda recta en la silla y los pies apoyados (o con las piernas cruzadas en el suelo).</translation>
    </message>
    <message>
        <source>Put one hand on the opposite knee.</source>
        <translation>Ponga una mano sobre la rodilla contraria.</translation>
    </message>
    <message>
        <source>Turn your trunk and look over your shoulder; hold.</source>
        <translation>Gire el tronco y mire por encima del hombro; mantenga.</translation>
    </message>
    <message>
        <source>Come back to the middle, then turn to the other side.</source>
        <translation>Vuelva al centro y luego gire hacia el otro lado.</translation>
    </message>
    <message>
        <source>Stop any movement that causes pain; move gently.</source>
        <translation>Detenga cualquier movimiento que le cause dolor; muévase con suavidad.</translation>
    </message>
    <message>
        <source>Seek urgent medical help, and do not exercise, with any of:</source>
        <translation>Busque ayuda médica urgente, y no haga ejercicio, si tiene cualquiera de estos signos:</translation>
    </message>
    <message>
        <source>sudden severe pain after a fall or accident</source>
        <translation>dolor intenso y repentino después de una caída o un accidente</translation>
    </message>
    <message>
        <source>chest pain, pressure around the chest, or trouble breathing</source>
        <translation>dolor en el pecho, presión alrededor del pecho o dificultad para respirar</translation>
    </message>
    <message>
        <source>fever, unexplained weight loss, or feeling very ill along with back pain</source>
        <translation>fiebre, pérdida de peso sin explicación o sentirse muy mal, junto con dolor de espalda</translation>
    </message>
    <message>
        <source>weakness, numbness, or trouble controlling the legs or bladder</source>
        <translation>debilidad, entumecimiento o dificultad para controlar las piernas o la vejiga</translation>
    </message>
    <message>
        <source>See a physical therapist or doctor if symptoms last more than a couple of weeks, keep coming back, or continue despite the exercises.</source>
        <translation>Consulte a un fisioterapeuta o a un médico si los síntomas duran más de un par de semanas, reaparecen o continúan a pesar de los ejercicios.</translation>
    </message>
    <message>
        <source>The app coaches habits; it does not diagnose or treat.</source>
        <translation>La aplicación le ayuda a adquirir hábitos; no diagnostica ni trata.</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>en el suelo</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the places a stretch can be done</comment>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>weekly_report</name>
    <message>
        <source>This report comes from a posture habit coach. It records how the head and shoulders looked to a webcam and when breaks were taken. It is not a medical device and does not diagnose, treat or prevent any condition; please discuss it with your physical therapist or doctor.</source>
        <translation>Este informe procede de un asistente de hábitos posturales. Registra cómo veía una webcam la cabeza y los hombros y cuándo se tomaron descansos. No es un producto sanitario y no diagnostica, trata ni previene ninguna enfermedad; coméntelo con su fisioterapeuta o su médico.</translation>
    </message>
    <message>
        <source>Upright share per day</source>
        <translation>Proporción erguida por día</translation>
    </message>
    <message>
        <source>{day}: {share}</source>
        <comment>a day and its upright share</comment>
        <translation>{day}: {share}</translation>
    </message>
    <message>
        <source>{confirmed} of {done} ({share})</source>
        <translation>{confirmed} de {done} ({share})</translation>
    </message>
    <message>
        <source>Posture and breaks: weekly report</source>
        <translation>Postura y descansos: informe semanal</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <comment>the days a report covers</comment>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>no days</source>
        <comment>the period of a report that covers none</comment>
        <translation>ningún día</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>Supervisado</translation>
    </message>
    <message>
        <source>Upright share</source>
        <translation>Proporción erguida</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>Descansos tomados / previstos</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>Descansos naturales</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Estiramientos realizados</translation>
    </message>
    <message>
        <source>Confirmed by the camera</source>
        <translation>Confirmado por la cámara</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>Periodo sentado más largo</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Veces realizado</translation>
    </message>
    <message>
        <source>No stretches were recorded this week.</source>
        <translation>No se registró ningún estiramiento esta semana.</translation>
    </message>
    <message>
        <source>{period}.</source>
        <comment>the days the report covers, a sentence</comment>
        <translation>{period}.</translation>
    </message>
    <message>
        <source>Generated {moment}.</source>
        <translation>Generado el {moment}.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>Erguida</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Encorvada</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Snoozed / skipped</source>
        <translation>Pospuestos / omitidos</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>Periodo sentado más largo</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the ISO 639-1 code of the language you translate into (de, fr, ...)</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Share of the judged sitting time spent upright rather than rounded.</source>
        <translation>Proporción del tiempo sentado evaluado en postura erguida en lugar de encorvada.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <source>A stretch counts as confirmed when the webcam saw its repetitions or holds done at the full dose during a guided break; the others were counted by the break&apos;s timer or as the user went through them.</source>
        <translation>Un estiramiento cuenta como confirmado cuando la webcam vio sus repeticiones o mantenimientos realizados con la dosis completa durante un descanso guiado; los demás se contaron con el temporizador del descanso o a medida que la persona los fue realizando.</translation>
    </message>
</context>
</TS>
