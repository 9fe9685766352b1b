<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="83"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="90"/>
        <source>Opening your collection…</source>
        <translation>正在打开你的词库…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="103"/>
        <source>Cards due today</source>
        <translation>今日到期卡片</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="109"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="283"/>
        <source>Due today: {new} new · {learning} learning · {review} review</source>
        <translation>今日到期：新卡片 {new} · 学习中 {learning} · 复习 {review}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="375"/>
        <source>Backup restored; the collection as it was is kept as {name}.</source>
        <translation>已从备份恢复；恢复前的词库已另存为 {name}。</translation>
    </message>
    <message>
        <location filename="../../gui/view.py" line="64"/>
        <source>Library</source>
        <translation>词库</translation>
    </message>
    <message>
        <location filename="../../gui/view.py" line="66"/>
        <source>Mine</source>
        <translation>提取</translation>
    </message>
    <message>
        <location filename="../../gui/view.py" line="68"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../gui/view.py" line="70"/>
        <source>Stats</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="60"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="61"/>
        <source>&amp;Open files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="64"/>
        <source>Import &amp;samples</source>
        <translation>导入示例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="66"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="68"/>
        <source>Term &amp;lists…</source>
        <translation>术语表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="71"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="74"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="79"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="86"/>
        <source>&amp;Find	Ctrl+F</source>
        <translation>查找(&amp;F)	Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="88"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="92"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="97"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="98"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="100"/>
        <source>&amp;About vocab_app</source>
        <translation>关于 vocab_app(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="122"/>
        <source>vocab_app {version}

Mine the terms bilingual transcripts and articles gloss, review them with SM-2 spaced repetition and export them to Anki.

Collection: {collection}
Chinese font: Noto Sans CJK SC (SIL Open Font License) when bundled.</source>
        <translation>vocab_app {version}

从双语讲稿和文章中提取带有释义的术语，用 SM-2 间隔重复算法复习，并导出到 Anki。

词库：{collection}
中文字体：Noto Sans CJK SC（SIL 开放字体许可证，随安装包附带时使用）。</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="130"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../gui/window_menus.py" line="132"/>
        <source>About vocab_app</source>
        <translation>关于 vocab_app</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="50"/>
        <source>Daily limits</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="52"/>
        <source>Card types</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="53"/>
        <source>Answering</source>
        <translation>作答</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="54"/>
        <source>Leeches</source>
        <translation>难记卡片</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="55"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="59"/>
        <source>New cards a day</source>
        <extracomment>What the dialog&apos;s editors say (translated when shown).</extracomment>
        <translation>每日新卡片数</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="60"/>
        <source>Reviews a day</source>
        <translation>每日复习数</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="61"/>
        <source>Hour a new day starts</source>
        <translation>新一天开始的时间</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="62"/>
        <source>New-card order</source>
        <translation>新卡片顺序</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="63"/>
        <source>Reverse cards: gloss → term</source>
        <translation>反向卡片：释义 → 术语</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="64"/>
        <source>Cloze cards in Anki exports (the term blanked in its sentence)</source>
        <translation>导出到 Anki 时附带填空卡片（在语境句中挖去术语）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="66"/>
        <source>Six grades (0–5) instead of the four buttons</source>
        <translation>用六级评分（0–5）代替四个按钮</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="68"/>
        <source>Load spreading: move intervals of 3+ days by up to ±5%</source>
        <translation>分散负荷：3 天及以上的间隔随机浮动最多 ±5%</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="70"/>
        <source>Leech after this many lapses</source>
        <translation>遗忘多少次后记为难记卡片</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="71"/>
        <source>Suspend a card when it becomes a leech</source>
        <translation>卡片成为难记卡片时将其暂停</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="72"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="73"/>
        <source>Labels on exported cards</source>
        <translation>导出卡片上的标签语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="77"/>
        <source>How many new cards a day&apos;s reviews introduce.</source>
        <extracomment>Tooltips (translated when shown); the CLI&apos;s `vocab config` prints SPECS&apos; English help.</extracomment>
        <translation>每天复习中引入多少张新卡片。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="79"/>
        <source>How many due (learning and review) cards a day shows at most.</source>
        <translation>每天最多显示多少张到期卡片（学习中和复习）。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="81"/>
        <source>Also review (and export) gloss → term cards; new terms get one.</source>
        <translation>同时复习（并导出）“释义 → 术语”卡片；新术语会各得一张。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="83"/>
        <source>Anki exports add a card with the term blanked in its context sentence.</source>
        <translation>导出到 Anki 时，额外生成一张在语境句中挖去术语的卡片。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="86"/>
        <source>Answer with the grades 0–5 instead of the four buttons Again/Hard/Good/Easy.</source>
        <translation>用 0–5 六级评分作答，而不是“重来/困难/良好/简单”四个按钮。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="89"/>
        <source>In the order terms were first seen, or the most seen first.</source>
        <translation>按术语首次出现的顺序，或出现次数最多的优先。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="91"/>
        <source>Lapses after which a card is a leech (tagged “leech”).</source>
        <translation>遗忘达到此次数后，卡片记为难记卡片（加上“leech”标签）。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="93"/>
        <source>A card that becomes a leech is also suspended.</source>
        <translation>成为难记卡片的卡片同时被暂停。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="95"/>
        <source>Intervals of 3 days or more move by up to ±5%, so cards learned together do not all fall due on one day.</source>
        <translation>3 天及以上的间隔随机浮动最多 ±5%，这样一起学的卡片不会全部在同一天到期。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="99"/>
        <source>Answers before this hour count for the day before (Anki uses 4).</source>
        <translation>在此时间之前的作答算作前一天（Anki 默认为 4 点）。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="101"/>
        <source>The language of menus and dialogs; takes effect when the app next starts.</source>
        <translation>菜单和对话框使用的语言；下次启动应用时生效。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="104"/>
        <source>The labels on exported Anki cards and handouts (Translation, Hint, Source …).</source>
        <translation>导出的 Anki 卡片和讲义上的标签（释义、提示、出处……）所用的语言。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="109"/>
        <source>In the order first seen</source>
        <translation>按首次出现顺序</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="110"/>
        <source>Most seen first</source>
        <translation>出现最多的优先</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="111"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="112"/>
        <source>Follow the interface</source>
        <translation>跟随界面语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="132"/>
        <source>Change settings</source>
        <extracomment>Language names are shown in their own language, untranslated.</extracomment>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="143"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="146"/>
        <source>Undone: the settings are as they were.</source>
        <translation>已撤销：设置已恢复原样。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="159"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="168"/>
        <source>Forward: term → gloss (always made)</source>
        <translation>正向：术语 → 释义（总会生成）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="112"/>
        <source>This collection is already open in another vocab_app window.</source>
        <translation>此词库已在另一个 vocab_app 窗口中打开。</translation>
    </message>
</context>
</TS>
