<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>You snoozed %n time(s): this break is {longer} min longer.</source>
        <translation>
            <numerusform>%n 回スヌーズしたため、この休憩は {longer} 分長くなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve snoozed %n time(s), so this break can&apos;t wait: the prompt insists.</source>
        <translation>
            <numerusform>%n 回スヌーズしたため、この休憩はもう延ばせません。今すぐ休憩しましょう。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve been sitting for %n minute(s) — time to stand up and move.</source>
        <translation>
            <numerusform>%n 分間座り続けています。立ち上がって体を動かしましょう。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n minute(s)</source>
        <translation>
            <numerusform>%n 分スヌーズ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You need at least %n clear picture(s).</source>
        <translation>
            <numerusform>はっきり写った画像が少なくとも %n 枚必要です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n min. Stand up and stretch.</source>
        <translation>
            <numerusform>%n 分間座っています。立ち上がってストレッチしましょう。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n more min</source>
        <translation>
            <numerusform>あと %n 分間一時停止中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Break due: sitting for %n min</source>
        <translation>
            <numerusform>休憩の時間：%n 分間座っています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a meeting: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>会議中：%n 分間座っています（休憩は会議が終わるまで保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a call: sitting for %n min; breaks wait until it ends</source>
        <translation>
            <numerusform>通話中：%n 分間座っています（休憩は通話が終わるまで保留）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n hold(s) seen</source>
        <translation>
            <numerusform>キープ %n 回中 {count} 回を確認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n repetition(s).</source>
        <translation>
            <numerusform>確認済み：%n 回中 {done} 回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s) (side 1: {first} of {per_side}, side 2: {second} of {per_side}).</source>
        <translation>
            <numerusform>確認済み：キープ %n 回中 {done} 回（最初の側：{per_side} 回中 {first} 回、反対側：{per_side} 回中 {second} 回）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen: {done} of %n hold(s).</source>
        <translation>
            <numerusform>確認済み：キープ %n 回中 {done} 回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In a &amp;meeting (hold breaks for %n hour(s))</source>
        <translation>
            <numerusform>会議中（休憩を %n 時間保留）(&amp;M)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es)</source>
        <translation>
            <numerusform>ストレッチ %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by the camera</source>
        <translation>
            <numerusform>うち %n 回はカメラで確認済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n break(s) taken ({due} due)</source>
        <translation>
            <numerusform>休憩 %n 回実施（予定 {due} 回）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AboutBox</name>
    <message>
        <source>postureapp looks at your posture through the webcam to coach you. Camera pictures are analysed in memory on this computer and immediately discarded: no picture is ever saved or sent anywhere, and postureapp makes no network connections. What it keeps is a per-minute posture summary and your break history, stored only on this computer.</source>
        <translation>postureapp は Web カメラで姿勢を見守り、アドバイスします。カメラの画像はこのコンピューターのメモリー上で解析され、すぐに破棄されます。画像が保存されたりどこかへ送信されたりすることは一切なく、postureapp はネットワークに接続しません。記録されるのは 1 分ごとの姿勢の概要と休憩の履歴だけで、このコンピューター上にのみ保存されます。</translation>
    </message>
    <message>
        <source>About postureapp</source>
        <translation>postureapp について</translation>
    </message>
    <message>
        <source>postureapp {version}

{privacy}

Pose model: {model}
Settings: {config}
History: {data}</source>
        <translation>postureapp {version}

{privacy}

姿勢推定モデル：{model}
設定：{config}
履歴：{data}</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>「postureapp について」を閉じる</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <source>postureapp menu</source>
        <translation>postureapp メニュー</translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation>見守りを再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause monitoring</source>
        <translation>見守りを一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>今すぐ休憩する(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Snooze the break</source>
        <translation>休憩をスヌーズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Meeting over</source>
        <translation>会議終了(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Calibrate posture…</source>
        <translation>姿勢のキャリブレーション(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s summary…</source>
        <translation>今日のまとめ(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About postureapp…</source>
        <translation>postureapp について(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>AppWindows</name>
    <message>
        <source>the embedded MediaPipe pose model (BlazePose full, Apache-2.0)</source>
        <translation>内蔵の MediaPipe 姿勢推定モデル（BlazePose full、Apache-2.0）</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <source>Back to work in {seconds} s</source>
        <translation>作業に戻れるまで {seconds} 秒</translation>
    </message>
    <message>
        <source>&amp;Back to work</source>
        <translation>作業に戻る(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>休憩時間 — postureapp</translation>
    </message>
    <message>
        <source>Sa&amp;fety</source>
        <translation>安全について(&amp;F)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全について</translation>
    </message>
    <message>
        <source>When to stop, and when to get help</source>
        <translation>中止すべきとき、医療機関に相談すべきとき</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>画面をロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>画面をロック</translation>
    </message>
    <message>
        <source>Lock the screen while you step away</source>
        <translation>席を離れる間、画面をロックします</translation>
    </message>
    <message>
        <source>No more snoozing for this break</source>
        <translation>この休憩はこれ以上スヌーズできません</translation>
    </message>
    <message>
        <source>Stretch {number} of {count}</source>
        <translation>ストレッチ {number}/{count}</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>休憩の時間です</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>道具：{equipment}</translation>
    </message>
    <message>
        <source>Break time left</source>
        <translation>休憩の残り時間</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>道具</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>回数・時間</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <source>Progress through this stretch</source>
        <translation>このストレッチの進み具合</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>やり方</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>この休憩をスキップ</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>スヌーズ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start break</source>
        <translation>休憩を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>休憩を開始</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>前のストレッチ</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>次のストレッチ</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Done: finish the break</source>
        <translation>完了：休憩を終える</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Calibrate posture — postureapp</source>
        <translation>姿勢のキャリブレーション — postureapp</translation>
    </message>
    <message>
        <source>Calibrate your upright posture</source>
        <translation>良い姿勢をキャリブレーションします</translation>
    </message>
    <message>
        <source>Sit the way you want to sit: tall, shoulders relaxed, looking at your screen. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>普段座りたい姿勢で座ってください。背筋を伸ばし、肩の力を抜いて、画面を見ます。頭と両肩がカメラに映るようにしてください。所要時間は {seconds} 秒です。カメラの画像は保存されません。</translation>
    </message>
    <message>
        <source>Show the camera &amp;preview</source>
        <translation>カメラのプレビューを表示(&amp;P)</translation>
    </message>
    <message>
        <source>Show the camera preview</source>
        <translation>カメラのプレビューを表示</translation>
    </message>
    <message>
        <source>The preview appears here when you press Start.</source>
        <translation>「開始」を押すと、ここにプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>カメラのプレビュー</translation>
    </message>
    <message>
        <source>Press Start when you are sitting upright.</source>
        <translation>背筋を伸ばして座ったら「開始」を押してください。</translation>
    </message>
    <message>
        <source>Calibration feedback</source>
        <translation>キャリブレーションの状況</translation>
    </message>
    <message>
        <source>Calibration progress</source>
        <translation>キャリブレーションの進行状況</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Also learn how I &amp;slump</source>
        <translation>猫背の姿勢も覚えさせる(&amp;S)</translation>
    </message>
    <message>
        <source>Optional: sit the way you do when you slump, then press this. Your posture then counts as rounded from halfway between your two postures, which helps when your slump is slight.</source>
        <translation>任意：猫背になっているときの姿勢で座って、このボタンを押してください。以後は、2 つの姿勢のちょうど中間から前かがみと判定されます。猫背の程度がわずかな場合に役立ちます。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Hold still and sit upright…</source>
        <translation>動かずに、背筋を伸ばして座ってください…</translation>
    </message>
    <message>
        <source>Hold still, sitting the way you do when you slump…</source>
        <translation>動かずに、猫背のときの姿勢で座ってください…</translation>
    </message>
    <message>
        <source>Learn how you slump</source>
        <translation>猫背の姿勢を覚えます</translation>
    </message>
    <message>
        <source>Sit the way you do when you slump late in the day: head and shoulders sunk forward. Keep your head and both shoulders in the camera&apos;s view. This takes {seconds} seconds. The camera picture is never saved.</source>
        <translation>一日の終わりに猫背になるときのように座ってください。頭と肩が前に沈んだ姿勢です。頭と両肩がカメラに映るようにしてください。所要時間は {seconds} 秒です。カメラの画像は保存されません。</translation>
    </message>
    <message>
        <source>Try the &amp;slump again</source>
        <translation>猫背の姿勢をやり直す(&amp;S)</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>やり直す(&amp;A)</translation>
    </message>
    <message>
        <source>Done: how you slump is saved too. </source>
        <translation>完了：猫背の姿勢も保存しました。</translation>
    </message>
    <message>
        <source>Done: your upright posture is saved. {message} Optionally, sit the way you do when you slump and press “Also learn how I slump”.</source>
        <translation>完了：良い姿勢を保存しました。{message}必要に応じて、猫背のときの姿勢で座り、「猫背の姿勢も覚えさせる」を押してください。</translation>
    </message>
    <message>
        <source>&amp;Recalibrate</source>
        <translation>再キャリブレーション(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DayTimelineChart</name>
    <message>
        <source>Timeline of the day</source>
        <translation>1 日のタイムライン</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>記録がありません</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
</context>
<context>
    <name>HistoryTrendChart</name>
    <message>
        <source>Posture and break trends</source>
        <translation>姿勢と休憩の推移</translation>
    </message>
    <message>
        <source>Nothing recorded in these days</source>
        <translation>この期間の記録はありません</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Upright share of judged time</source>
        <translation>判定された時間のうち良い姿勢の割合</translation>
    </message>
    <message>
        <source>{day}: {share} upright, {breaks}, longest sit {sit}</source>
        <translation>{day}：良い姿勢 {share}、{breaks}、最長の連続着席 {sit}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>実施</translation>
    </message>
    <message>
        <source>Breaks taken and due</source>
        <translation>実施した休憩と予定の休憩</translation>
    </message>
    <message>
        <source>Longest sitting stretch (minutes)</source>
        <translation>最長の連続着席時間（分）</translation>
    </message>
</context>
<context>
    <name>MonitorWorker</name>
    <message>
        <source>{problem} Using the embedded pose model instead.</source>
        <translation>{problem}代わりに内蔵の姿勢推定モデルを使用します。</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeDialog</name>
    <message>
        <source>Before you start — postureapp</source>
        <translation>始める前に — postureapp</translation>
    </message>
    <message>
        <source>postureapp suggests gentle stretches for your mid-back. Please read this once before your first break.</source>
        <translation>postureapp は背中の中ほどをほぐす、やさしいストレッチを提案します。最初の休憩の前に、一度お読みください。</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全について</translation>
    </message>
    <message>
        <source>You can read this again at any time from Safety in a break.</source>
        <translation>この内容は、休憩中に「安全について」からいつでも読み返せます。</translation>
    </message>
    <message>
        <source>I &amp;understand</source>
        <translation>了解しました(&amp;U)</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>了解しました</translation>
    </message>
    <message>
        <source>Move safely</source>
        <translation>安全に体を動かしましょう</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>&amp;Sitting limit before a break:</source>
        <translation>休憩までの着席時間の上限(&amp;S)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Break length:</source>
        <translation>休憩の長さ(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Time away that counts as a break:</source>
        <translation>休憩とみなす離席時間(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;nooze length:</source>
        <translation>スヌーズの長さ(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Most snoozes in a row:</source>
        <translation>連続スヌーズの上限回数(&amp;M)：</translation>
    </message>
    <message>
        <source>No snoozing</source>
        <translation>スヌーズなし</translation>
    </message>
    <message>
        <source>Cover the screens &amp;during a break (you can leave after 10 s)</source>
        <translation>休憩中は画面を覆う（10 秒後から解除できます）(&amp;D)</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Posture &amp;sensitivity:</source>
        <translation>姿勢判定の厳しさ(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Nudge me when I round my back</source>
        <translation>背中が丸まったら知らせる(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rounded for how long before a nudge:</source>
        <translation>知らせるまでの前かがみの継続時間(&amp;R)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Wait between nudges at least:</source>
        <translation>お知らせの最小間隔(&amp;W)：</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>&amp;Use the camera to watch my posture</source>
        <translation>カメラで姿勢を見守る(&amp;U)</translation>
    </message>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>カメラ(&amp;M)：</translation>
    </message>
    <message>
        <source>Check posture &amp;every:</source>
        <translation>姿勢チェックの間隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Between checks:</source>
        <translation>チェックの合間：</translation>
    </message>
    <message>
        <source>Show a live &amp;preview while calibrating</source>
        <translation>キャリブレーション中にライブプレビューを表示(&amp;P)</translation>
    </message>
    <message>
        <source>Custom pose mo&amp;del file:</source>
        <translation>カスタムの姿勢推定モデルファイル(&amp;D)：</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>&amp;Only remind me during working hours</source>
        <translation>勤務時間中だけ知らせる(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S)：</translation>
    </message>
    <message>
        <source>Start of working hours</source>
        <translation>勤務時間の開始</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>終了(&amp;E)：</translation>
    </message>
    <message>
        <source>End of working hours</source>
        <translation>勤務時間の終了</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>勤務日：</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>Include &amp;floor exercises</source>
        <translation>床で行うエクササイズを含める(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Count stretches with the camera</source>
        <translation>ストレッチをカメラでカウント(&amp;C)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Play a sound with reminders</source>
        <translation>お知らせと一緒にサウンドを鳴らす(&amp;P)</translation>
    </message>
    <message>
        <source>Show an &amp;end-of-day summary notification</source>
        <translation>1 日の終わりにまとめを通知(&amp;E)</translation>
    </message>
    <message>
        <source>System &amp;&amp; data</source>
        <translation>システムとデータ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Start when I log in</source>
        <translation>ログイン時に起動(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep posture history for:</source>
        <translation>姿勢の履歴の保存期間(&amp;K)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Settings — postureapp</source>
        <translation>設定 — postureapp</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定の項目</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
    <message>
        <source>From 1, lenient, to 10, strict: how far from upright counts as rounded.</source>
        <translation>1（緩い）から 10（厳しい）まで：良い姿勢からどれだけ離れたら前かがみと判定するかを決めます。</translation>
    </message>
    <message>
        <source>Lenient</source>
        <translation>緩い</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>厳しい</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>システムのデフォルト（{language}）</translation>
    </message>
    <message>
        <source>A new language applies when postureapp next starts.</source>
        <translation>新しい言語は、次回 postureapp を起動したときに適用されます。</translation>
    </message>
    <message>
        <source>&amp;Keep the camera open</source>
        <translation>カメラを開いたままにする(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the camera open</source>
        <translation>カメラを開いたままにする</translation>
    </message>
    <message>
        <source>The camera light stays on while the app watches, and each check is instant. While postureapp holds the camera, a video call app may not be able to use it.</source>
        <translation>見守っている間はカメラのランプが点灯したままになり、チェックは一瞬で終わります。postureapp がカメラを使用している間は、ビデオ通話アプリがカメラを使えないことがあります。</translation>
    </message>
    <message>
        <source>&amp;Open the camera only to take a sample (recommended)</source>
        <translation>撮影するときだけカメラを開く（推奨）(&amp;O)</translation>
    </message>
    <message>
        <source>Open the camera only to take a sample</source>
        <translation>撮影するときだけカメラを開く</translation>
    </message>
    <message>
        <source>The camera light blinks on briefly for each check, and each check takes a second or more while the camera wakes up. Between checks the camera is closed, which some people prefer for privacy, and other apps can use it.</source>
        <translation>チェックのたびにカメラのランプが短く点灯し、カメラの起動を待つため、各チェックに 1 秒以上かかります。チェックの合間はカメラが閉じているので、プライバシーの面でこちらを好む人もいます。また、その間はほかのアプリもカメラを使えます。</translation>
    </message>
    <message>
        <source>Empty: use the built-in model</source>
        <translation>空欄：内蔵のモデルを使用</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Browse for a pose model file</source>
        <translation>姿勢推定モデルのファイルを参照</translation>
    </message>
    <message>
        <source>&amp;Mon</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>&amp;Tue</source>
        <translation>火(&amp;T)</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>水(&amp;W)</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>木(&amp;H)</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>&amp;Fri</source>
        <translation>金(&amp;F)</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>土(&amp;A)</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>日(&amp;U)</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Floor exercises need space to kneel or lie down. When this is off, breaks only suggest what you can do at your desk.</source>
        <translation>床で行うエクササイズには、ひざをついたり横になったりできるスペースが必要です。オフにすると、休憩ではデスクでできるものだけを提案します。</translation>
    </message>
    <message>
        <source>During a guided break the camera watches the stretch on screen, once or twice a second, to count repetitions and time holds, and says which stretches it saw done. Frames stay in memory and are never stored; the camera is released when the stretch ends. Works once you have calibrated; off means the break&apos;s timer counts.</source>
        <translation>ガイド付き休憩の間、カメラは画面に表示中のストレッチを 1 秒に 1～2 回見て、回数を数え、保持時間を計り、どのストレッチが行われたかを伝えます。画像はメモリー上にだけ置かれ、保存されることはありません。ストレッチが終わるとカメラはすぐに解放されます。キャリブレーション後に使えます。オフの場合は休憩のタイマーで数えます。</translation>
    </message>
    <message>
        <source>Suggest these stretches (if you untick them all, breaks suggest a short walk):</source>
        <translation>次のストレッチを提案する（すべてのチェックを外すと、休憩では短い散歩を提案します）：</translation>
    </message>
    <message>
        <source>{name} (on the floor)</source>
        <translation>{name}（床で）</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation>データの保存場所：</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>すべてのデータを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>すべてのデータを削除</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>カメラ {index}</translation>
    </message>
    <message>
        <source>Not saved. {field}: {reason}</source>
        <translation>保存されていません。{field}：{reason}</translation>
    </message>
    <message>
        <source>Choose a pose model</source>
        <translation>姿勢推定モデルを選択</translation>
    </message>
    <message>
        <source>MediaPipe task files (*.task);;All files (*)</source>
        <translation>MediaPipe タスクファイル (*.task);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Delete your posture history, summaries, settings and calibration? This cannot be undone.</source>
        <translation>姿勢の履歴、まとめ、設定、キャリブレーションを削除しますか？この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop, so postureapp shows this window instead. Closing it quits postureapp.</source>
        <translation>このデスクトップにはシステムトレイが見つからないため、postureapp は代わりにこのウィンドウを表示しています。このウィンドウを閉じると postureapp は終了します。</translation>
    </message>
    <message>
        <source>postureapp</source>
        <translation>postureapp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>メニュー(&amp;M)</translation>
    </message>
    <message>
        <source>Open the postureapp menu</source>
        <translation>postureapp のメニューを開く</translation>
    </message>
</context>
<context>
    <name>StretchCameraPanel</name>
    <message>
        <source>What the camera counted</source>
        <translation>カメラがカウントした内容</translation>
    </message>
    <message>
        <source>Form cue</source>
        <translation>フォームのヒント</translation>
    </message>
    <message>
        <source>The camera is counting this stretch. Frames stay in memory and are never stored; it is released when the stretch ends.</source>
        <translation>カメラがこのストレッチをカウントしています。映像はメモリー上にのみ置かれ、保存されることはありません。ストレッチが終わるとカメラは解放されます。</translation>
    </message>
    <message>
        <source>Waiting for the camera…</source>
        <translation>カメラを待っています…</translation>
    </message>
    <message>
        <source>The camera cannot judge this stretch; the timer counts it.</source>
        <translation>カメラではこのストレッチを判定できないため、タイマーでカウントします。</translation>
    </message>
    <message>
        <source>Not seen: {reason}</source>
        <translation>確認できません：{reason}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {detail}</source>
        <translation>前回のストレッチ「{name}」：{detail}</translation>
    </message>
    <message>
        <source>Last stretch, {name}: {title}. {detail}</source>
        <translation>前回のストレッチ「{name}」：{title}。{detail}</translation>
    </message>
    <message>
        <source>The camera has been released.</source>
        <translation>カメラを解放しました。</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Posture summary — postureapp</source>
        <translation>姿勢のまとめ — postureapp</translation>
    </message>
    <message>
        <source>Summary views</source>
        <translation>まとめの表示</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>History storage problem</source>
        <translation>履歴の保存に問題があります</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>前の日(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日付(&amp;D)：</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>表示中の日</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>次の日(&amp;N)</translation>
    </message>
    <message>
        <source>Back to &amp;today</source>
        <translation>今日に戻る(&amp;T)</translation>
    </message>
    <message>
        <source>No data for this day yet</source>
        <translation>この日のデータはまだありません</translation>
    </message>
    <message>
        <source>Time monitored</source>
        <translation>見守った時間</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>最長の連続着席時間</translation>
    </message>
    <message>
        <source>Posture nudges</source>
        <translation>姿勢のお知らせ</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>実施したストレッチ</translation>
    </message>
    <message>
        <source>{caption}:</source>
        <translation>{caption}：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>過去 7 日間(&amp;7)</translation>
    </message>
    <message>
        <source>Last &amp;30 days</source>
        <translation>過去 30 日間(&amp;3)</translation>
    </message>
    <message>
        <source>No data for these days yet</source>
        <translation>この期間のデータはまだありません</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>見守った時間</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>休憩 実施/予定</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>最長の連続着席</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日ごとの記録</translation>
    </message>
    <message>
        <source>Press Enter on a day to open it</source>
        <translation>日付の行で Enter キーを押すと、その日を開きます</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>エクスポートの結果</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Save every day in your history as a CSV table</source>
        <translation>履歴のすべての日を CSV の表として保存します</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>JSON をエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Save every day in your history as JSON</source>
        <translation>履歴のすべての日を JSON として保存します</translation>
    </message>
    <message>
        <source>&amp;Weekly report…</source>
        <translation>週間レポート(&amp;W)…</translation>
    </message>
    <message>
        <source>Save a printable report of the 7 days ending on the day shown, for example for your physical therapist</source>
        <translation>表示中の日までの 7 日間について、印刷用のレポートを保存します（理学療法士に見せる場合など）</translation>
    </message>
    <message>
        <source>Posture history can&apos;t be saved to disk right now; it is kept in memory.</source>
        <translation>姿勢の履歴を現在ディスクに保存できないため、メモリー上に保持しています。</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>今日（{day}）</translation>
    </message>
    <message>
        <source>{share} of judged time</source>
        <translation>判定された時間の {share}</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>{shown} shown, {heeded} heeded</source>
        <translation>表示 {shown} 回、改善 {heeded} 回</translation>
    </message>
    <message>
        <source>{taken} taken, {snoozed} snoozed, {skipped} skipped ({due} due)</source>
        <translation>実施 {taken} 回、スヌーズ {snoozed} 回、スキップ {skipped} 回（予定 {due} 回）</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <source>{count}: {names}</source>
        <translation>{count}：{names}</translation>
    </message>
    <message>
        <source> — {confirmed} confirmed by the camera</source>
        <translation>（うち {confirmed} 回はカメラで確認済み）</translation>
    </message>
    <message>
        <source>Could not save the {what} to {path}: {reason}</source>
        <translation>{what}を {path} に保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>{what}を {path} に保存しました</translation>
    </message>
    <message>
        <source>Export posture history as CSV</source>
        <translation>姿勢の履歴を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>CSV export</source>
        <translation>CSV エクスポート</translation>
    </message>
    <message>
        <source>Export posture history as JSON</source>
        <translation>姿勢の履歴を JSON としてエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>JSON export</source>
        <translation>JSON エクスポート</translation>
    </message>
    <message>
        <source>Save the weekly report</source>
        <translation>週間レポートを保存</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>週間レポート</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to postureapp</source>
        <translation>postureapp へようこそ</translation>
    </message>
    <message>
        <source>postureapp reminds you to stand up and stretch when you have been sitting for a while, and can let you know when you have been slumped forward for a long time.</source>
        <translation>postureapp は、しばらく座り続けていると、立ち上がってストレッチするようお知らせします。また、長い間前かがみになっているときにお知らせすることもできます。</translation>
    </message>
    <message>
        <source>What the camera is for</source>
        <translation>カメラの用途</translation>
    </message>
    <message>
        <source>Only to see how you sit and whether you are at your desk. That is all it looks for.</source>
        <translation>あなたの座り方と、デスクにいるかどうかを確認するためだけに使います。それ以外は何も見ません。</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>画像は手元から出ません</translation>
    </message>
    <message>
        <source>No image is ever stored or sent anywhere. Everything happens on this computer, and nothing leaves it.</source>
        <translation>画像が保存されたり、どこかへ送信されたりすることは一切ありません。すべての処理はこのコンピューター上で行われ、外部には何も送られません。</translation>
    </message>
    <message>
        <source>The camera is up to you</source>
        <translation>カメラを使うかどうかは自由です</translation>
    </message>
    <message>
        <source>You can turn the camera off at any time and still use the break timer. Without the camera, it counts the time your computer is unlocked.</source>
        <translation>カメラはいつでもオフにでき、オフにしても休憩タイマーは使えます。カメラを使わない場合は、コンピューターのロックが解除されている時間をカウントします。</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Use the &amp;timer without the camera</source>
        <translation>カメラを使わずにタイマーを使う(&amp;T)</translation>
    </message>
    <message>
        <source>Use the timer without the camera</source>
        <translation>カメラを使わずにタイマーを使う</translation>
    </message>
    <message>
        <source>&amp;Set up the camera</source>
        <translation>カメラを設定する(&amp;S)</translation>
    </message>
    <message>
        <source>Set up the camera</source>
        <translation>カメラを設定する</translation>
    </message>
</context>
<context>
    <name>_ScreenCover</name>
    <message>
        <source>Break time — postureapp</source>
        <translation>休憩時間 — postureapp</translation>
    </message>
    <message>
        <source>Time to step away from the screen</source>
        <translation>画面から離れる時間です</translation>
    </message>
    <message>
        <source>Stand up, stretch and move. The break window has the stretches.</source>
        <translation>立ち上がって、ストレッチをして、体を動かしましょう。ストレッチは休憩ウィンドウに表示されています。</translation>
    </message>
    <message>
        <source>Back to work: leave this screen</source>
        <translation>作業に戻る：この画面を閉じる</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Settings not saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>The screen could not be locked</source>
        <translation>画面をロックできませんでした</translation>
    </message>
    <message>
        <source>Lock it the usual way, or just step away from the desk.</source>
        <translation>いつもの方法でロックするか、そのまま席を離れてください。</translation>
    </message>
</context>
<context>
    <name>autostart</name>
    <message>
        <source>Start at login is only supported on Linux so far.</source>
        <translation>ログイン時の起動は、現在 Linux でのみサポートされています。</translation>
    </message>
    <message>
        <source>Could not change start at login ({file}): {problem}</source>
        <translation>ログイン時の起動設定を変更できませんでした（{file}）：{problem}</translation>
    </message>
</context>
<context>
    <name>break_prompt</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>You snoozed once: this break is {longer} min longer.</source>
        <translation>1 回スヌーズしたため、この休憩は {longer} 分長くなります。</translation>
    </message>
    <message>
        <source>Each snooze adds {amount} to the break.</source>
        <translation>スヌーズするたびに休憩が {amount} 長くなります。</translation>
    </message>
    <message>
        <source>a minute</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>You&apos;ve snoozed once, so this break can&apos;t wait: the prompt insists.</source>
        <translation>1 回スヌーズしたため、この休憩はもう延ばせません。今すぐ休憩しましょう。</translation>
    </message>
    <message>
        <source>This break can&apos;t be snoozed: the prompt insists.</source>
        <translation>この休憩はスヌーズできません。今すぐ休憩しましょう。</translation>
    </message>
    <message>
        <source>{reason} A few minutes on your feet will do your back good.</source>
        <translation>{reason}数分間立って過ごすと、背中のためになります。</translation>
    </message>
    <message>
        <source>Your break: {length}. Here is what to try:</source>
        <translation>休憩：{length}。次のことを試してみましょう：</translation>
    </message>
    <message>
        <source>S&amp;nooze {minutes} min</source>
        <translation>{minutes} 分スヌーズ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>calibration</name>
    <message>
        <source>The camera gave no pictures to calibrate from.</source>
        <translation>キャリブレーションに使える画像がカメラから得られませんでした。</translation>
    </message>
    <message>
        <source>Calibration failed: only {usable} of {total} camera pictures showed you clearly. {advice}</source>
        <translation>キャリブレーションに失敗しました：カメラの画像 {total} 枚のうち、あなたがはっきり写っていたのは {usable} 枚だけでした。{advice}</translation>
    </message>
    <message>
        <source>Calibration failed: your head appears level with or below your shoulders. Sit tall, with the camera at about eye level, and try again.</source>
        <translation>キャリブレーションに失敗しました：頭が肩と同じ高さか、それより低い位置に写っています。背筋を伸ばし、カメラをほぼ目の高さにして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Calibrated from {used} of {total} camera pictures.</source>
        <translation>カメラの画像 {total} 枚のうち {used} 枚でキャリブレーションしました。</translation>
    </message>
    <message>
        <source>Your slumped posture looks almost like your upright one from the camera, so it was not used: slumps are judged from your upright posture alone. Let your head and shoulders sink the way they do late in the day, and try again.</source>
        <translation>カメラから見ると猫背の姿勢が良い姿勢とほとんど変わらないため、使用しませんでした。猫背は良い姿勢だけを基準に判定します。1 日の終わりごろのように頭と肩を沈ませて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Learned how you slump from {used} of {total} camera pictures.</source>
        <translation>カメラの画像 {total} 枚のうち {used} 枚から猫背の姿勢を覚えました。</translation>
    </message>
    <message>
        <source>You appear much nearer to the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>キャリブレーションしたときよりもカメラにかなり近づいています。カメラや画面を動かした場合は、再キャリブレーションしてください。</translation>
    </message>
    <message>
        <source>You appear much further from the camera than when you calibrated; if the camera or screen moved, please recalibrate.</source>
        <translation>キャリブレーションしたときよりもカメラからかなり離れています。カメラや画面を動かした場合は、再キャリブレーションしてください。</translation>
    </message>
    <message>
        <source>You appear in a different part of the camera&apos;s view than when you calibrated; if the camera moved, please recalibrate.</source>
        <translation>キャリブレーションしたときとは、カメラに映る位置が違います。カメラを動かした場合は、再キャリブレーションしてください。</translation>
    </message>
    <message>
        <source>Your posture has read as strongly rounded for the last 20 minutes. If you are sitting upright, the calibration no longer fits: please recalibrate.</source>
        <translation>この 20 分間、姿勢が強い前かがみと判定され続けています。背筋を伸ばして座っているのであれば、キャリブレーションが合わなくなっています。再キャリブレーションしてください。</translation>
    </message>
</context>
<context>
    <name>camera</name>
    <message>
        <source>No camera found at {device}.</source>
        <translation>{device} にカメラが見つかりません。</translation>
    </message>
    <message>
        <source>No permission to use {device} (is the user in the video group?).</source>
        <translation>{device} を使用する権限がありません（ユーザーが video グループに入っていますか？）。</translation>
    </message>
    <message>
        <source>The camera could not be opened.</source>
        <translation>カメラを開けませんでした。</translation>
    </message>
    <message>
        <source>The camera is in use by another app (a video call?).</source>
        <translation>カメラはほかのアプリが使用中です（ビデオ通話中ですか？）。</translation>
    </message>
    <message>
        <source>The camera was disconnected.</source>
        <translation>カメラが切断されました。</translation>
    </message>
    <message>
        <source>The camera gives no picture.</source>
        <translation>カメラから映像が届きません。</translation>
    </message>
    <message>
        <source>The camera is turned off.</source>
        <translation>カメラはオフになっています。</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Break due</source>
        <translation>休憩予定</translation>
    </message>
    <message>
        <source>Break taken</source>
        <translation>休憩実施</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>自然な休憩</translation>
    </message>
</context>
<context>
    <name>coach</name>
    <message>
        <source>For 15 minutes</source>
        <translation>15 分間</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>再開するまで</translation>
    </message>
    <message>
        <source>Posture monitoring is off</source>
        <translation>姿勢の見守りはオフです</translation>
    </message>
    <message>
        <source>{problem} The break timer keeps working.</source>
        <translation>{problem}休憩タイマーは引き続き動作します。</translation>
    </message>
    <message>
        <source>Recalibrate?</source>
        <translation>再キャリブレーションしますか？</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>休憩を開始</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>休憩の時間です</translation>
    </message>
    <message>
        <source>Camera busy for hours</source>
        <translation>カメラが長時間使用中です</translation>
    </message>
    <message>
        <source>Another app has held the camera for two hours. Breaks are timed again; pause postureapp if you are in a long meeting.</source>
        <translation>ほかのアプリが 2 時間カメラを使用しています。休憩は再びタイマーで計測されます。長い会議中の場合は postureapp を一時停止してください。</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Posture history</source>
        <translation>姿勢の履歴</translation>
    </message>
    <message>
        <source>Posture history not saved</source>
        <translation>姿勢の履歴が保存されていません</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>今日のまとめ</translation>
    </message>
    <message>
        <source>Someone else is in view; only you are judged</source>
        <translation>ほかの人が映っています。判定するのはあなただけです</translation>
    </message>
    <message>
        <source>Camera off while paused</source>
        <translation>一時停止中はカメラをオフにしています</translation>
    </message>
    <message>
        <source>The camera does not see you</source>
        <translation>カメラにあなたが映っていません</translation>
    </message>
    <message>
        <source>Not calibrated yet: Calibrate posture in the menu</source>
        <translation>未キャリブレーション：メニューの「姿勢のキャリブレーション」を実行してください</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM, yyyy); order it as your language does</comment>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a Qt date pattern (d, dd, ddd, M, MMM); order it as your language does</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>ddd
d MMM</source>
        <comment>a Qt date pattern on two lines, weekday first; order it your language&apos;s way</comment>
        <translation>ddd
M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a Qt date pattern (d, M, MMM); order it as your language does</comment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>day_summary</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{done} ({confirmed} confirmed)</source>
        <translation>{done}（うちカメラで確認済み {confirmed}）</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation>今日：まだ記録はありません</translation>
    </message>
    <message>
        <source>Today: {duration} monitored</source>
        <translation>今日：見守り時間 {duration}</translation>
    </message>
    <message>
        <source>{share} upright</source>
        <translation>良い姿勢 {share}</translation>
    </message>
    <message>
        <source>longest sit {duration}</source>
        <translation>最長の連続着席 {duration}</translation>
    </message>
</context>
<context>
    <name>guided_break</name>
    <message>
        <source>Break time left {time}</source>
        <translation>休憩の残り時間 {time}</translation>
    </message>
    <message>
        <source>Break time is up — finish when you&apos;re ready</source>
        <translation>休憩時間が終わりました。準備ができたら終えてください</translation>
    </message>
    <message>
        <source>first side, then switch sides</source>
        <translation>まず片側、次に反対側</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>反対側</translation>
    </message>
    <message>
        <source>Hold {number} of {total}</source>
        <translation>キープ {number}/{total}</translation>
    </message>
    <message>
        <source>Hold {time}</source>
        <translation>キープ {time}</translation>
    </message>
    <message>
        <source>Release {time}</source>
        <translation>ゆるめる {time}</translation>
    </message>
    <message>
        <source>Rest and breathe — next is hold {number} of {total}</source>
        <translation>休んで呼吸しましょう。次はキープ {number}/{total}</translation>
    </message>
    <message>
        <source>Switch sides {time}</source>
        <translation>左右を入れ替え {time}</translation>
    </message>
    <message>
        <source>Come back to the middle and get ready for the other side</source>
        <translation>中央に戻って、反対側の準備をしましょう</translation>
    </message>
    <message>
        <source>Slow and steady, about {seconds} s each</source>
        <translation>ゆっくり一定のペースで、1 回約 {seconds} 秒</translation>
    </message>
    <message>
        <source>Rep {number} of {total}</source>
        <translation>{number}/{total} 回目</translation>
    </message>
    <message>
        <source>Walk {time}</source>
        <translation>歩く {time}</translation>
    </message>
    <message>
        <source>Keep moving at an easy pace until the time is up</source>
        <translation>時間になるまで、楽なペースで動き続けましょう</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>よくできました</translation>
    </message>
    <message>
        <source>That was the last one — press Done to finish</source>
        <translation>これが最後です。「完了」を押して終了してください</translation>
    </message>
    <message>
        <source>Press Next when you&apos;re ready</source>
        <translation>準備ができたら「次へ」を押してください</translation>
    </message>
</context>
<context>
    <name>history_store</name>
    <message>
        <source>Posture history is kept in memory for now and saved when this is fixed.</source>
        <translation>姿勢の履歴は当面メモリー上に保持され、問題が解決したら保存されます。</translation>
    </message>
    <message>
        <source>The history file was written by a newer version of the app.</source>
        <translation>履歴ファイルは、より新しいバージョンのアプリで作成されています。</translation>
    </message>
    <message>
        <source>The history file {file} belongs to another program (it holds {tables}), so it was left alone: move it elsewhere.</source>
        <translation>履歴ファイル {file} は別のプログラムのものです（{tables} を含んでいます）。そのため変更していません。別の場所に移動してください。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>The history file can&apos;t be written (read-only).</source>
        <translation>履歴ファイルに書き込めません（読み取り専用）。</translation>
    </message>
    <message>
        <source>The history file is in use by another program.</source>
        <translation>履歴ファイルはほかのプログラムが使用中です。</translation>
    </message>
    <message>
        <source>The history file can&apos;t be saved ({problem}).</source>
        <translation>履歴ファイルを保存できません（{problem}）。</translation>
    </message>
    <message>
        <source>The history file is damaged and could not be moved aside. Posture history is kept in memory for now.</source>
        <translation>履歴ファイルが破損しており、別の場所に移動することもできませんでした。姿勢の履歴は当面メモリー上に保持されます。</translation>
    </message>
    <message>
        <source>The history file was damaged ({problem}). It was moved aside to {file} and a new history was started.</source>
        <translation>履歴ファイルが破損していました（{problem}）。ファイルを {file} に移動し、新しい履歴を開始しました。</translation>
    </message>
    <message>
        <source>was deleted</source>
        <translation>削除されました</translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation>別のファイルに置き換えられました</translation>
    </message>
    <message>
        <source>was overwritten with something that is not a history database</source>
        <translation>履歴データベースではないもので上書きされました</translation>
    </message>
    <message>
        <source>was damaged (quick check: {result})</source>
        <translation>破損しました（簡易チェック：{result}）</translation>
    </message>
    <message>
        <source> It was moved aside to {file}.</source>
        <translation>元のファイルは {file} に移動しました。</translation>
    </message>
    <message>
        <source>The history file {what} while the app was running.{kept} A new history file was started with {how_much}.</source>
        <translation>アプリの実行中に履歴ファイルが{what}。{kept}{how_much}を引き継いで、新しい履歴ファイルを開始しました。</translation>
    </message>
    <message>
        <source>all the history it still held</source>
        <translation>まだ保持していたすべての履歴</translation>
    </message>
    <message>
        <source>today&apos;s history</source>
        <translation>今日の履歴</translation>
    </message>
    <message>
        <source>only what had not been saved yet</source>
        <translation>まだ保存されていなかった分のみ</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Data deleted</source>
        <translation>データを削除しました</translation>
    </message>
    <message>
        <source>Your posture history, calibration and settings are deleted.</source>
        <translation>姿勢の履歴、キャリブレーション、設定を削除しました。</translation>
    </message>
    <message>
        <source>History not deleted</source>
        <translation>履歴は削除されていません</translation>
    </message>
</context>
<context>
    <name>pose_model</name>
    <message>
        <source>The embedded pose model is missing ({file}). Reinstall postureapp.</source>
        <translation>内蔵の姿勢推定モデルが見つかりません（{file}）。postureapp を再インストールしてください。</translation>
    </message>
    <message>
        <source>The embedded pose model is corrupt ({file}: SHA-256 {found}..., expected {expected}...). Reinstall postureapp.</source>
        <translation>内蔵の姿勢推定モデルが破損しています（{file}：SHA-256 {found}...、期待値 {expected}...）。postureapp を再インストールしてください。</translation>
    </message>
    <message>
        <source>Pose model not found: {file}</source>
        <translation>姿勢推定モデルが見つかりません：{file}</translation>
    </message>
    <message>
        <source>The pose model {file} is not a file (a folder, a FIFO or a device).</source>
        <translation>姿勢推定モデル {file} はファイルではありません（フォルダー、FIFO、またはデバイスです）。</translation>
    </message>
    <message>
        <source>{file} is not a MediaPipe .task bundle ({problem}).</source>
        <translation>{file} は MediaPipe の .task バンドルではありません（{problem}）。</translation>
    </message>
    <message>
        <source>{file} is not a pose landmarker bundle: it lacks {members}.</source>
        <translation>{file} は姿勢ランドマーカーのバンドルではありません：{members} がありません。</translation>
    </message>
</context>
<context>
    <name>posture</name>
    <message>
        <source>Your head and both shoulders are in view.</source>
        <translation>頭と両肩が映っています。</translation>
    </message>
    <message>
        <source>Nobody in view.</source>
        <translation>誰も映っていません。</translation>
    </message>
    <message>
        <source>Your head is out of the camera&apos;s view.</source>
        <translation>頭がカメラの範囲から外れています。</translation>
    </message>
    <message>
        <source>Both shoulders need to be in the camera&apos;s view: tilt the camera down or sit further back.</source>
        <translation>両肩がカメラに映るようにしてください。カメラを下に傾けるか、少し後ろに下がって座ってください。</translation>
    </message>
    <message>
        <source>It is too dark for the camera to see you.</source>
        <translation>暗すぎて、カメラからあなたが見えません。</translation>
    </message>
    <message>
        <source>There is bright light behind you; the camera cannot see you well. Face the light or close the blind behind you.</source>
        <translation>背後に明るい光があり、カメラからよく見えません。光のほうを向くか、背後のブラインドを閉めてください。</translation>
    </message>
    <message>
        <source>The camera cannot see you clearly enough to judge posture.</source>
        <translation>カメラからはっきり見えないため、姿勢を判定できません。</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Sit tall and let your head float up</source>
        <translation>頭が上に引き上げられるように、背筋を伸ばして座りましょう</translation>
    </message>
    <message>
        <source>Shoulders relaxed, down and back</source>
        <translation>肩の力を抜いて、下げて後ろへ</translation>
    </message>
    <message>
        <source>Bring the screen to eye level</source>
        <translation>画面を目の高さに合わせましょう</translation>
    </message>
    <message>
        <source>Let your head rest over your shoulders</source>
        <translation>頭を肩の真上にのせましょう</translation>
    </message>
    <message>
        <source>Breathe out and let your shoulders drop</source>
        <translation>息を吐いて、肩をストンと下ろしましょう</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>整数で指定してください（値：{value}）</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, got {value}</source>
        <translation>{low}～{high} の範囲で指定してください（値：{value}）</translation>
    </message>
    <message>
        <source>must be a time like 09:00, got {value}</source>
        <translation>09:00 のような時刻で指定してください（値：{value}）</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>true または false で指定してください（値：{value}）</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>ファイルのパスで指定してください</translation>
    </message>
    <message>
        <source>must differ from the start of the working day</source>
        <translation>勤務時間の開始とは異なる時刻にしてください</translation>
    </message>
    <message>
        <source>must be days among {days}</source>
        <translation>{days} の中から曜日を指定してください</translation>
    </message>
    <message>
        <source>pick at least one working day, or turn the working-hours schedule off</source>
        <translation>勤務日を 1 日以上選ぶか、勤務時間のスケジュールをオフにしてください</translation>
    </message>
    <message>
        <source>must be stretch ids among {ids}</source>
        <translation>{ids} の中からストレッチの ID を指定してください</translation>
    </message>
    <message>
        <source>must be one of {languages}, or empty for the system&apos;s language</source>
        <translation>{languages} のいずれか、またはシステムの言語を使う場合は空欄にしてください</translation>
    </message>
    <message>
        <source>must be a calibration baseline</source>
        <translation>キャリブレーションのデータで指定してください</translation>
    </message>
</context>
<context>
    <name>settings_file</name>
    <message>
        <source>Your posture calibration was lost; please recalibrate.</source>
        <translation>姿勢のキャリブレーションが失われました。再キャリブレーションしてください。</translation>
    </message>
    <message>
        <source>The settings file {file} could not be read ({problem}); using the default settings.</source>
        <translation>設定ファイル {file} を読み込めませんでした（{problem}）。デフォルトの設定を使用します。</translation>
    </message>
    <message>
        <source>Sitting limit (minutes)</source>
        <translation>休憩までの着席時間の上限（分）</translation>
    </message>
    <message>
        <source>Break length (minutes)</source>
        <translation>休憩の長さ（分）</translation>
    </message>
    <message>
        <source>Natural break (minutes)</source>
        <translation>休憩とみなす離席時間（分）</translation>
    </message>
    <message>
        <source>Snooze (minutes)</source>
        <translation>スヌーズの長さ（分）</translation>
    </message>
    <message>
        <source>Max snoozes</source>
        <translation>連続スヌーズの上限回数</translation>
    </message>
    <message>
        <source>Strict breaks</source>
        <translation>厳格な休憩</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>姿勢判定の厳しさ</translation>
    </message>
    <message>
        <source>Nudges enabled</source>
        <translation>背中が丸まったときのお知らせ</translation>
    </message>
    <message>
        <source>Nudge after (seconds)</source>
        <translation>知らせるまでの前かがみの継続時間（秒）</translation>
    </message>
    <message>
        <source>Nudge cooldown (minutes)</source>
        <translation>お知らせの最小間隔（分）</translation>
    </message>
    <message>
        <source>Camera enabled</source>
        <translation>カメラの使用</translation>
    </message>
    <message>
        <source>Camera index</source>
        <translation>カメラ番号</translation>
    </message>
    <message>
        <source>Sample interval (seconds)</source>
        <translation>姿勢チェックの間隔（秒）</translation>
    </message>
    <message>
        <source>Keep camera open</source>
        <translation>カメラを開いたままにする</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>キャリブレーション中のライブプレビュー</translation>
    </message>
    <message>
        <source>Model path</source>
        <translation>カスタムの姿勢推定モデルファイル</translation>
    </message>
    <message>
        <source>Schedule enabled</source>
        <translation>勤務時間中だけ知らせる</translation>
    </message>
    <message>
        <source>Work start</source>
        <translation>勤務時間の開始</translation>
    </message>
    <message>
        <source>Work end</source>
        <translation>勤務時間の終了</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>勤務日</translation>
    </message>
    <message>
        <source>Disabled stretches</source>
        <translation>オフにしたストレッチ</translation>
    </message>
    <message>
        <source>Floor exercises</source>
        <translation>床で行うエクササイズ</translation>
    </message>
    <message>
        <source>Camera counts stretches</source>
        <translation>ストレッチをカメラでカウント</translation>
    </message>
    <message>
        <source>Sound enabled</source>
        <translation>お知らせのサウンド</translation>
    </message>
    <message>
        <source>End of day summary</source>
        <translation>1 日の終わりのまとめ通知</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>履歴の保存期間（日）</translation>
    </message>
    <message>
        <source>First run done</source>
        <translation>初回設定の完了</translation>
    </message>
    <message>
        <source>Safety acknowledged</source>
        <translation>安全上の注意の確認</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>キャリブレーション</translation>
    </message>
    <message>
        <source>The settings file held bytes that are not UTF-8 text; they were replaced with “�”.</source>
        <translation>設定ファイルに UTF-8 のテキストではないバイトが含まれていたため、「�」に置き換えました。</translation>
    </message>
    <message>
        <source>The settings file was damaged, so all settings were reset to their defaults.</source>
        <translation>設定ファイルが破損していたため、すべての設定をデフォルトに戻しました。</translation>
    </message>
    <message>
        <source>The original file was kept as {file}.</source>
        <translation>元のファイルは {file} として保存してあります。</translation>
    </message>
    <message>
        <source>The settings file {file} is larger than {size} KB, so it was not read and could not be moved aside ({problem}); using the default settings.</source>
        <translation>設定ファイル {file} が {size} KB を超えているため読み込まず、別の場所に移動することもできませんでした（{problem}）。デフォルトの設定を使用します。</translation>
    </message>
    <message>
        <source>The settings file was larger than {size} KB, far too big to be settings, so it was not read and the default settings are used. It was kept as {file}.</source>
        <translation>設定ファイルが {size} KB を超えており、設定としては大きすぎるため読み込まず、デフォルトの設定を使用します。元のファイルは {file} として保存してあります。</translation>
    </message>
    <message>
        <source>Some settings did not fit together and were reset.</source>
        <translation>一部の設定が矛盾していたため、リセットしました。</translation>
    </message>
    <message>
        <source>The language “{language}” in the settings file is not one postureapp speaks ({languages}), so it follows the system&apos;s language.</source>
        <translation>設定ファイルの言語「{language}」は postureapp が対応している言語（{languages}）ではないため、システムの言語に従います。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>it had the wrong kind of value</source>
        <translation>値の種類が正しくありませんでした</translation>
    </message>
    <message>
        <source>it did not fit with {setting}</source>
        <translation>「{setting}」と合いませんでした</translation>
    </message>
    <message>
        <source>{setting} was reset to {default}: {reason}.</source>
        <translation>「{setting}」を {default} に戻しました：{reason}。</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>in a call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <source>in a meeting</source>
        <translation>会議中</translation>
    </message>
    <message>
        <source>for a minute after the call or meeting</source>
        <translation>通話または会議の終了後1分間</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>勤務時間外</translation>
    </message>
    <message>
        <source>break in progress</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>upright</source>
        <translation>良い姿勢</translation>
    </message>
    <message>
        <source>rounded forward</source>
        <translation>前かがみ</translation>
    </message>
    <message>
        <source>away from the desk</source>
        <translation>離席中</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>良い姿勢</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>前かがみ</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離席</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>camera off (timer only)</source>
        <translation>カメラはオフ（タイマーのみ）</translation>
    </message>
    <message>
        <source>no camera found (timer only)</source>
        <translation>カメラが見つかりません（タイマーのみ）</translation>
    </message>
    <message>
        <source>camera in use by another app</source>
        <translation>カメラはほかのアプリが使用中</translation>
    </message>
    <message>
        <source>camera disconnected (timer only)</source>
        <translation>カメラが切断されました（タイマーのみ）</translation>
    </message>
    <message>
        <source>camera gives no picture (timer only)</source>
        <translation>カメラから映像が届きません（タイマーのみ）</translation>
    </message>
    <message>
        <source>replay ended</source>
        <translation>再生が終了しました</translation>
    </message>
    <message>
        <source>Breaks held: {reasons}</source>
        <translation>休憩を保留中：{reasons}</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>再開するまで一時停止中</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>離席中</translation>
    </message>
    <message>
        <source>Sitting for {minutes} min, next break in {until} min</source>
        <translation>{minutes} 分間着席中、次の休憩まであと {until} 分</translation>
    </message>
    <message>
        <source>Posture: {posture}</source>
        <translation>姿勢：{posture}</translation>
    </message>
    <message>
        <source>Posture checks use the camera</source>
        <translation>姿勢のチェックにはカメラを使用します</translation>
    </message>
</context>
<context>
    <name>stretch_recognition</name>
    <message>
        <source>Confirmed by the camera</source>
        <translation>カメラで確認済み</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <source>Not seen done</source>
        <translation>実施を確認できず</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>確認できず</translation>
    </message>
    <message>
        <source>Not judged by the camera</source>
        <translation>カメラでは判定していません</translation>
    </message>
    <message>
        <source>in view</source>
        <translation>映っています</translation>
    </message>
    <message>
        <source>nobody was in view</source>
        <translation>誰も映っていませんでした</translation>
    </message>
    <message>
        <source>you were partly out of the camera&apos;s view</source>
        <translation>体の一部がカメラの範囲から外れていました</translation>
    </message>
    <message>
        <source>it was too dark or too bright behind you</source>
        <translation>暗すぎたか、背後が明るすぎました</translation>
    </message>
    <message>
        <source>another person was in view</source>
        <translation>ほかの人が映っていました</translation>
    </message>
    <message>
        <source>the camera could not see you clearly</source>
        <translation>カメラからあなたがはっきり見えませんでした</translation>
    </message>
    <message>
        <source>the camera gave no picture</source>
        <translation>カメラから映像が届きませんでした</translation>
    </message>
    <message>
        <source>Shoulders down</source>
        <translation>肩を下げて</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>もっとゆっくり</translation>
    </message>
    <message>
        <source>Hold a little longer</source>
        <translation>もう少し長くキープ</translation>
    </message>
    <message>
        <source>not judged by the camera</source>
        <translation>カメラでは判定していません</translation>
    </message>
    <message>
        <source>away from the desk {seconds} s</source>
        <translation>離席 {seconds} 秒</translation>
    </message>
    <message>
        <source>repetition {number} of {total}</source>
        <translation>{number}/{total} 回目</translation>
    </message>
    <message>
        <source>hold {number} of {total} — {seconds} s</source>
        <translation>キープ {number}/{total} — {seconds} 秒</translation>
    </message>
    <message>
        <source>hold {number} of {total} done — release</source>
        <translation>キープ {number}/{total} 完了 — ゆるめて</translation>
    </message>
    <message>
        <source>side {side}: {text}</source>
        <translation>{side} 番目の側：{text}</translation>
    </message>
    <message>
        <source>Not judged by the camera (calibrate first so the camera can follow stretches); the timer counted it.</source>
        <translation>カメラでは判定していません（カメラでストレッチを追うには、先にキャリブレーションしてください）。タイマーでカウントしました。</translation>
    </message>
    <message>
        <source>Not judged by the camera (the camera cannot judge this stretch); the timer counted it.</source>
        <translation>カメラでは判定していません（カメラではこのストレッチを判定できません）。タイマーでカウントしました。</translation>
    </message>
    <message>
        <source>Not seen: the stretch ended before the camera saw anything.</source>
        <translation>確認できず：カメラが何かを捉える前にストレッチが終わりました。</translation>
    </message>
    <message>
        <source>Not seen: {reason}.</source>
        <translation>確認できず：{reason}。</translation>
    </message>
    <message>
        <source>Not judged by the camera: you stayed in view, and it cannot tell a walk.</source>
        <translation>カメラでは判定していません：カメラに映ったままでした。カメラでは散歩を判定できません。</translation>
    </message>
    <message>
        <source>Seen: {done} s away from the desk (of {target} that count as the walk).</source>
        <translation>確認済み：デスクから {done} 秒離れました（散歩とみなすのは {target}）。</translation>
    </message>
</context>
<context>
    <name>stretches</name>
    <message>
        <source>Short walk</source>
        <translation>短い散歩</translation>
    </message>
    <message>
        <source>on your feet, away from the desk</source>
        <translation>立って、デスクから離れて</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>2-3 minutes at an easy pace, or longer if you like</source>
        <translation>楽なペースで 2-3 分。お好みでもっと長くても構いません</translation>
    </message>
    <message>
        <source>gets you out of the sitting position and moving</source>
        <translation>座った姿勢から抜け出して、体を動かします</translation>
    </message>
    <message>
        <source>Mid-back ache at a desk often eases when you walk; short walks spread over the day help.</source>
        <translation>デスクワークでの背中の中ほどの痛みは、歩くと和らぐことがよくあります。一日の中でこまめに短い散歩をすると効果的です。</translation>
    </message>
    <message>
        <source>Stand up and step away from the screen.</source>
        <translation>立ち上がって、画面から離れましょう。</translation>
    </message>
    <message>
        <source>Walk at an easy pace: fetch some water, take the stairs, look out of a window.</source>
        <translation>楽なペースで歩きましょう。水を汲みに行ったり、階段を使ったり、窓の外を眺めたりしましょう。</translation>
    </message>
    <message>
        <source>Let your arms swing and your shoulders settle down and back.</source>
        <translation>腕を自然に振り、肩を下げて後ろに落ち着かせましょう。</translation>
    </message>
    <message>
        <source>Cat-cow</source>
        <translation>キャット・カウ</translation>
    </message>
    <message>
        <source>floor, on hands and knees</source>
        <translation>床の上、四つんばいで</translation>
    </message>
    <message>
        <source>10-15 slow repetitions, breathing in while arching (cow), out while rounding (cat)</source>
        <translation>ゆっくり 10-15 回。背中を反らすとき（カウ）に息を吸い、丸めるとき（キャット）に息を吐く</translation>
    </message>
    <message>
        <source>mobilises the whole spine, releases mid-back tension</source>
        <translation>背骨全体を動かし、背中の中ほどの緊張をほぐします</translation>
    </message>
    <message>
        <source>Moves every part of the spine that sitting holds still.</source>
        <translation>座っている間は動かない背骨のすべての部分を動かします。</translation>
    </message>
    <message>
        <source>Kneel on all fours, hands under your shoulders and knees under your hips.</source>
        <translation>四つんばいになり、手は肩の真下、ひざは腰の真下につきます。</translation>
    </message>
    <message>
        <source>Breathe in as you let your belly sink and lift your chest and gaze (cow).</source>
        <translation>息を吸いながらお腹を沈め、胸と視線を上げます（カウ）。</translation>
    </message>
    <message>
        <source>Breathe out as you round your back up towards the ceiling, chin to chest (cat).</source>
        <translation>息を吐きながら背中を天井に向かって丸め、あごを胸に近づけます（キャット）。</translation>
    </message>
    <message>
        <source>Move slowly between the two with your breath.</source>
        <translation>呼吸に合わせて、二つの姿勢の間をゆっくり行き来します。</translation>
    </message>
    <message>
        <source>Thoracic extension</source>
        <translation>胸椎の伸展</translation>
    </message>
    <message>
        <source>floor, seated, knees bent, feet flat</source>
        <translation>床の上、座って、ひざを曲げ、足裏を床につけて</translation>
    </message>
    <message>
        <source>foam roller or rolled-up towel behind the upper back</source>
        <translation>背中の上部の後ろにフォームローラーまたは丸めたタオル</translation>
    </message>
    <message>
        <source>Lean back over it and hold 20-30 s; 3-5 times</source>
        <translation>その上にもたれるように後ろへ反り、20-30 秒キープ。これを 3-5 回</translation>
    </message>
    <message>
        <source>opens the chest, extends the thoracic spine</source>
        <translation>胸を開き、胸椎を伸ばします</translation>
    </message>
    <message>
        <source>Undoes the forward rounding of hours over a screen.</source>
        <translation>画面に向かって何時間も前に丸まっていた姿勢をリセットします。</translation>
    </message>
    <message>
        <source>Sit on the floor with your knees bent and feet flat.</source>
        <translation>床に座り、ひざを曲げて足裏を床につけます。</translation>
    </message>
    <message>
        <source>Place a foam roller or rolled-up towel behind your upper back.</source>
        <translation>背中の上部の後ろにフォームローラーか丸めたタオルを置きます。</translation>
    </message>
    <message>
        <source>Support your head with your hands and lean back over the roller.</source>
        <translation>両手で頭を支え、ローラーの上にもたれるように後ろへ反ります。</translation>
    </message>
    <message>
        <source>Hold, breathing easily, then come back up.</source>
        <translation>楽に呼吸しながらキープし、元に戻ります。</translation>
    </message>
    <message>
        <source>Child&apos;s pose</source>
        <translation>チャイルドポーズ</translation>
    </message>
    <message>
        <source>floor, from hands and knees</source>
        <translation>床の上、四つんばいから</translation>
    </message>
    <message>
        <source>Hold 30-60 s, breathing deeply</source>
        <translation>深く呼吸しながら 30-60 秒キープ</translation>
    </message>
    <message>
        <source>lengthens and relaxes the spine</source>
        <translation>背骨を伸ばし、リラックスさせます</translation>
    </message>
    <message>
        <source>A restful stretch that lets the whole back let go.</source>
        <translation>背中全体の力が抜ける、休息のストレッチです。</translation>
    </message>
    <message>
        <source>Start on hands and knees.</source>
        <translation>四つんばいから始めます。</translation>
    </message>
    <message>
        <source>Sit back towards your heels and reach your arms forward.</source>
        <translation>お尻をかかとのほうへ引きながら、腕を前に伸ばします。</translation>
    </message>
    <message>
        <source>Lower your chest and forehead towards the floor.</source>
        <translation>胸と額を床のほうへ下ろします。</translation>
    </message>
    <message>
        <source>Hold and breathe deeply into your back.</source>
        <translation>その姿勢を保ち、背中に息を入れるように深く呼吸します。</translation>
    </message>
    <message>
        <source>Breathe deeply</source>
        <translation>深く呼吸しましょう</translation>
    </message>
    <message>
        <source>Scapular squeezes</source>
        <translation>肩甲骨寄せ</translation>
    </message>
    <message>
        <source>seated or standing, arms by the sides</source>
        <translation>座って、または立って、腕は体の横に</translation>
    </message>
    <message>
        <source>Squeeze, hold 3-5 s, release; 10-15 times</source>
        <translation>肩甲骨を寄せて 3-5 秒キープし、ゆるめる。これを 10-15 回</translation>
    </message>
    <message>
        <source>strengthens the muscles between the shoulder blades</source>
        <translation>肩甲骨の間の筋肉を強くします</translation>
    </message>
    <message>
        <source>Strong muscles between the shoulder blades make sitting tall easier.</source>
        <translation>肩甲骨の間の筋肉が強くなると、背筋を伸ばして座るのが楽になります。</translation>
    </message>
    <message>
        <source>Sit or stand tall with your arms by your sides.</source>
        <translation>腕を体の横に下ろし、背筋を伸ばして座るか立ちます。</translation>
    </message>
    <message>
        <source>Squeeze your shoulder blades together, keeping your shoulders down.</source>
        <translation>肩を下げたまま、左右の肩甲骨を寄せます。</translation>
    </message>
    <message>
        <source>Hold, then release slowly.</source>
        <translation>キープして、ゆっくりゆるめます。</translation>
    </message>
    <message>
        <source>Thoracic rotations</source>
        <translation>胸椎の回旋</translation>
    </message>
    <message>
        <source>seated tall on a chair, feet flat (or cross-legged on the floor)</source>
        <translation>いすに背筋を伸ばして座り、足裏を床につけて（または床にあぐらで）</translation>
    </message>
    <message>
        <source>Hold 10-15 s, then the other side</source>
        <translation>10-15 秒キープしたら、反対側も</translation>
    </message>
    <message>
        <source>restores rotation, eases stiffness, helps posture</source>
        <translation>回旋の動きを取り戻し、こわばりを和らげ、姿勢を整えます</translation>
    </message>
    <message>
        <source>Brings back the twist a day of facing one screen takes away.</source>
        <translation>一日中ひとつの画面に向かっていると失われる、体をひねる動きを取り戻します。</translation>
    </message>
    <message>
        <source>Sit tall on your chair with your feet flat (or cross-legged on the floor).</source>
        <translation>いすに背筋を伸ばして座り、足裏を床につけます（または床にあぐらで座ります）。</translation>
    </message>
    <message>
        <source>Put one hand on the opposite knee.</source>
        <translation>片手を反対側のひざに置きます。</translation>
    </message>
    <message>
        <source>Turn your trunk and look over your shoulder; hold.</source>
        <translation>上半身をひねって、肩越しに後ろを見ます。そのままキープします。</translation>
    </message>
    <message>
        <source>Come back to the middle, then turn to the other side.</source>
        <translation>中央に戻り、反対側にひねります。</translation>
    </message>
    <message>
        <source>Stop any movement that causes pain; move gently.</source>
        <translation>痛みが出る動きはすぐにやめてください。ゆっくりやさしく動かしましょう。</translation>
    </message>
    <message>
        <source>Seek urgent medical help, and do not exercise, with any of:</source>
        <translation>次のいずれかがある場合は運動をせず、すぐに医療機関を受診してください：</translation>
    </message>
    <message>
        <source>sudden severe pain after a fall or accident</source>
        <translation>転倒や事故のあとに突然起きた激しい痛み</translation>
    </message>
    <message>
        <source>chest pain, pressure around the chest, or trouble breathing</source>
        <translation>胸の痛み、胸のまわりの圧迫感、または息苦しさ</translation>
    </message>
    <message>
        <source>fever, unexplained weight loss, or feeling very ill along with back pain</source>
        <translation>背中の痛みとともに、発熱、原因不明の体重減少、またはひどい体調不良がある</translation>
    </message>
    <message>
        <source>weakness, numbness, or trouble controlling the legs or bladder</source>
        <translation>脱力感、しびれ、または脚や膀胱（排尿）をうまくコントロールできない</translation>
    </message>
    <message>
        <source>See a physical therapist or doctor if symptoms last more than a couple of weeks, keep coming back, or continue despite the exercises.</source>
        <translation>症状が数週間以上続く場合、繰り返し起こる場合、または運動を続けても改善しない場合は、理学療法士または医師に相談してください。</translation>
    </message>
    <message>
        <source>The app coaches habits; it does not diagnose or treat.</source>
        <translation>このアプリは習慣づくりをサポートするもので、診断や治療は行いません。</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>立位</translation>
    </message>
    <message>
        <source>on the floor</source>
        <translation>床</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between the places a stretch can be done</comment>
        <translation>または</translation>
    </message>
</context>
<context>
    <name>weekly_report</name>
    <message>
        <source>This report comes from a posture habit coach. It records how the head and shoulders looked to a webcam and when breaks were taken. It is not a medical device and does not diagnose, treat or prevent any condition; please discuss it with your physical therapist or doctor.</source>
        <translation>このレポートは、姿勢の習慣づくりを支援するコーチアプリが作成したものです。Webカメラから見た頭と肩の様子と、休憩を取った時刻を記録しています。医療機器ではなく、いかなる病気の診断・治療・予防も行いません。このレポートについては、理学療法士または医師にご相談ください。</translation>
    </message>
    <message>
        <source>Upright share per day</source>
        <translation>日ごとの良い姿勢の割合</translation>
    </message>
    <message>
        <source>{day}: {share}</source>
        <comment>a day and its upright share</comment>
        <translation>{day}：{share}</translation>
    </message>
    <message>
        <source>{confirmed} of {done} ({share})</source>
        <translation>{done} 件中 {confirmed} 件（{share}）</translation>
    </message>
    <message>
        <source>Posture and breaks: weekly report</source>
        <translation>姿勢と休憩：週間レポート</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <comment>the days a report covers</comment>
        <translation>{first}～{last}</translation>
    </message>
    <message>
        <source>no days</source>
        <comment>the period of a report that covers none</comment>
        <translation>対象日なし</translation>
    </message>
    <message>
        <source>Monitored</source>
        <translation>見守った時間</translation>
    </message>
    <message>
        <source>Upright share</source>
        <translation>良い姿勢の割合</translation>
    </message>
    <message>
        <source>Breaks taken / due</source>
        <translation>休憩 実施/予定</translation>
    </message>
    <message>
        <source>Natural breaks</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>実施したストレッチ</translation>
    </message>
    <message>
        <source>Confirmed by the camera</source>
        <translation>カメラで確認済み</translation>
    </message>
    <message>
        <source>Longest sitting stretch</source>
        <translation>最長の連続着席時間</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>実施回数</translation>
    </message>
    <message>
        <source>No stretches were recorded this week.</source>
        <translation>今週はストレッチの記録がありません。</translation>
    </message>
    <message>
        <source>{period}.</source>
        <comment>the days the report covers, a sentence</comment>
        <translation>期間：{period}</translation>
    </message>
    <message>
        <source>Generated {moment}.</source>
        <translation>作成日時：{moment}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Upright</source>
        <translation>良い姿勢</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>前かがみ</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離席</translation>
    </message>
    <message>
        <source>Snoozed / skipped</source>
        <translation>スヌーズ/スキップ</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>Longest sitting</source>
        <translation>最長の連続着席</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the ISO 639-1 code of the language you translate into (de, fr, ...)</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Share of the judged sitting time spent upright rather than rounded.</source>
        <translation>判定された着席時間のうち、前かがみではなく良い姿勢で過ごした時間の割合です。</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>日ごとの記録</translation>
    </message>
    <message>
        <source>A stretch counts as confirmed when the webcam saw its repetitions or holds done at the full dose during a guided break; the others were counted by the break&apos;s timer or as the user went through them.</source>
        <translation>ガイド付き休憩中に、反復や保持が規定の回数・時間どおりに行われたことをWebカメラが確認したストレッチを「確認済み」としています。それ以外は、休憩のタイマー、または利用者が順に進めた操作によって数えています。</translation>
    </message>
</context>
</TS>
