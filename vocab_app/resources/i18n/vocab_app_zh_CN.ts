<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddTermDialog</name>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="31"/>
        <source>(no list)</source>
        <translation>（不加入术语表）</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="43"/>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="45"/>
        <source>word or phrase to learn</source>
        <translation>要学习的单词或短语</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="47"/>
        <source>its meaning (the card&apos;s answer)</source>
        <translation>它的意思（卡片的答案）</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="49"/>
        <source>optional: a sentence the term was seen in</source>
        <translation>可选：出现这个术语的句子</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="57"/>
        <source>or type a new list&apos;s name</source>
        <translation>或输入新术语表的名称</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="62"/>
        <source>&amp;Term:</source>
        <translation>术语(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="63"/>
        <source>&amp;Gloss:</source>
        <translation>释义(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="64"/>
        <source>&amp;Context:</source>
        <translation>语境(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="65"/>
        <source>&amp;List:</source>
        <translation>术语表(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="75"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="100"/>
        <source>Give “{term}” a gloss, so its card has an answer.</source>
        <translation>请给“{term}”一个释义，这样它的卡片才有答案。</translation>
    </message>
    <message>
        <location filename="../../gui/add_term_dialog.py" line="122"/>
        <source>Show “{term}”</source>
        <translation>显示“{term}”</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../gui/candidate_model.py" line="43"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="43"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="44"/>
        <source>Gloss</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="45"/>
        <source>Style</source>
        <translation>标注方式</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="46"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="47"/>
        <source>Frequency</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="49"/>
        <source>First context</source>
        <translation>首次出现的语境</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="51"/>
        <source>new</source>
        <translation>新卡片</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="52"/>
        <source>known</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="53"/>
        <source>declined</source>
        <translation>曾未勾选</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="54"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="197"/>
        <source>The term&apos;s rank among the most common words of its language (1: the most common; empty: rarer than the 100,000 most common).</source>
        <translation>该术语在其语言最常用词中的排名（1 为最常用；空白表示比最常用的 10 万个词都少见）。</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="235"/>
        <location filename="../../gui/candidate_model.py" line="237"/>
        <source>Edited; mined as: {text}</source>
        <translation>已编辑；提取时为：{text}</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="239"/>
        <source>Already in your collection.</source>
        <translation>已在你的词库中。</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="299"/>
        <source>Rarer than the {n} most common words, or not a word the frequency list has.</source>
        <translation>比最常用的 {n} 个词都少见，或不是词频表里的词。</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="302"/>
        <source>Rank {rank} among the most common words (wordfreq&apos;s lists; a phrase ranks about where its words&apos; ranks add up).</source>
        <translation>在最常用词中排第 {rank} 位（据 wordfreq 词表；词组的排名约为其中各词排名之和）。</translation>
    </message>
    <message>
        <location filename="../../gui/candidate_model.py" line="333"/>
        <source>edited → {gloss}</source>
        <translation>已改为 → {gloss}</translation>
    </message>
</context>
<context>
    <name>CardState</name>
    <message>
        <location filename="../../gui/i18n.py" line="86"/>
        <source>new</source>
        <extracomment>Card states (store/), named in several views; shown translated in the &quot;CardState&quot; context.</extracomment>
        <translation>新卡片</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="87"/>
        <source>learning</source>
        <translation>学习中</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="88"/>
        <source>review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="89"/>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="90"/>
        <source>leech</source>
        <translation>难记</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="91"/>
        <source>known</source>
        <translation>已掌握</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/charts.py" line="162"/>
        <source>No data yet</source>
        <extracomment>Colours for card states: mid-tone hues that read on light and dark backgrounds alike.</extracomment>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/commands.py" line="46"/>
        <source>Delete {terms}</source>
        <translation>删除 {terms}</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="64"/>
        <source>Deleted {terms}.</source>
        <translation>已删除 {terms}。</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="68"/>
        <source>Restored {terms}.</source>
        <translation>已恢复 {terms}。</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="103"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="118"/>
        <source>Edit gloss of “{term}”</source>
        <translation>编辑“{term}”的释义</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="149"/>
        <source>Edit pinyin of “{text}”</source>
        <translation>编辑“{text}”的拼音</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="181"/>
        <source>Remove {what} from the list</source>
        <translation>从术语表中移除{what}</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="196"/>
        <location filename="../../gui/commands.py" line="199"/>
        <source>Removed {what} from the list.</source>
        <translation>已从术语表中移除{what}。</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="215"/>
        <source>Delete list “{name}”</source>
        <translation>删除术语表“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="232"/>
        <source>Deleted list “{name}” ({terms}).</source>
        <translation>已删除术语表“{name}”（{terms}）。</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="52"/>
        <source>%Ln term(s)</source>
        <extracomment>The languages with a catalogue; English is the source language. Each catalogue&apos;s language named in itself (what a reader of either recognises).</extracomment>
        <translation>
            <numerusform>%Ln 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="56"/>
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="60"/>
        <source>%Ln new term(s)</source>
        <translation>
            <numerusform>%Ln 个新术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="64"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../gui/detail_pane.py" line="33"/>
        <source>forward</source>
        <translation>正向</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="34"/>
        <source>reverse</source>
        <translation>反向</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="35"/>
        <source>cloze</source>
        <translation>填空</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="117"/>
        <source>Term details</source>
        <translation>术语详情</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="137"/>
        <source>Select a term to see its senses and every sentence it was found in.</source>
        <translation>选择一个术语，即可查看它的全部释义以及出现过它的每个句子。</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="171"/>
        <source>Edit pinyin</source>
        <translation>编辑拼音</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="172"/>
        <source>Pinyin of {text} (leave empty for the reading pypinyin gives):</source>
        <translation>“{text}”的拼音（留空则使用自动标注的读音）：</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="189"/>
        <source>Pinyin saved. Undo with Ctrl+Z.</source>
        <translation>拼音已保存。按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="211"/>
        <source>Not opening {url}: only web links are opened.</source>
        <translation>不打开 {url}：只会打开网页链接。</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="221"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="244"/>
        <source>also {variants}</source>
        <translation>又作 {variants}</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="248"/>
        <source>tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="253"/>
        <source>Senses</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="266"/>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="269"/>
        <source>due {day}</source>
        <translation>{day} 到期</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="270"/>
        <source>not yet scheduled</source>
        <translation>尚未安排</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="273"/>
        <source>interval {days}d</source>
        <translation>间隔 {days} 天</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="275"/>
        <source>lapses {n}</source>
        <translation>遗忘 {n} 次</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="281"/>
        <source>Found once</source>
        <translation>出现 1 次</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="282"/>
        <source>Found {n} times</source>
        <translation>出现 {n} 次</translation>
    </message>
    <message>
        <location filename="../../gui/detail_pane.py" line="292"/>
        <source>… and {n} more.</source>
        <translation>……另有 {n} 处。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/errors.py" line="23"/>
        <source>Something went wrong inside vocab_app ({error}). Details are in the log.</source>
        <translation>vocab_app 内部出错（{error}）。详情见日志。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/export_dialog.py" line="66"/>
        <location filename="../../gui/export_dialog.py" line="130"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="92"/>
        <source>Also reverse cards (gloss → term)</source>
        <translation>同时生成反向卡片（释义 → 术语）</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="93"/>
        <source>Cloze cards from the context sentence</source>
        <translation>用语境句生成填空卡片</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="95"/>
        <source>Include review scheduling (due dates and intervals)</source>
        <translation>包含复习进度（到期日和间隔）</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="102"/>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="103"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="110"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="111"/>
        <source>Export:</source>
        <translation>导出范围：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="112"/>
        <source>Source:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="113"/>
        <source>List:</source>
        <translation>术语表：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="114"/>
        <source>Deck name:</source>
        <translation>牌组名称：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="118"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="119"/>
        <source>Layout:</source>
        <translation>版式：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="120"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="133"/>
        <source>Show folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/export_dialog.py" line="278"/>
        <location filename="../../gui/export_dialog.py" line="283"/>
        <source>{title} (%Ln term(s))</source>
        <translation>
            <numerusform>{title}（%Ln 个术语）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="300"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="51"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="58"/>
        <source>{path} is a folder; choose a file name inside it.</source>
        <translation>{path} 是一个文件夹；请在其中选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="60"/>
        <source>{folder} is a file, not a folder; choose another folder.</source>
        <translation>{folder} 是文件而不是文件夹；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="63"/>
        <source>The folder {folder} does not exist; choose another folder.</source>
        <translation>文件夹 {folder} 不存在；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="66"/>
        <source>The folder {folder} cannot be written to; choose another folder.</source>
        <translation>无法写入文件夹 {folder}；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="69"/>
        <source>{path} exists and cannot be overwritten; choose another name.</source>
        <translation>{path} 已存在且无法覆盖；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="81"/>
        <source>Choose the source to export.</source>
        <translation>请选择要导出的出处。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="83"/>
        <source>Choose the teacher list to export.</source>
        <translation>请选择要导出的教师术语表。</translation>
    </message>
    <message>
        <location filename="../../gui/export_jobs.py" line="88"/>
        <source>Give the Anki deck a name.</source>
        <translation>请为 Anki 牌组取个名字。</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="355"/>
        <source>{terms} ({cards})</source>
        <translation>{terms}（{cards}）</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="357"/>
        <source>Exported {what} to {path}.</source>
        <translation>已将 {what} 导出到 {path}。</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="32"/>
        <source>Anki package (.apkg)</source>
        <translation>Anki 卡片包 (.apkg)</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="33"/>
        <source>Anki package (*.apkg)</source>
        <translation>Anki 卡片包 (*.apkg)</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="34"/>
        <source>CSV table for teachers (.csv)</source>
        <translation>供教师使用的 CSV 表格 (.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="37"/>
        <source>Anki text import (.txt, tab-separated)</source>
        <translation>Anki 文本导入 (.txt，制表符分隔)</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="38"/>
        <source>Text (*.txt *.tsv)</source>
        <translation>文本 (*.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="39"/>
        <source>Printable handout (PDF)</source>
        <translation>可打印讲义 (PDF)</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="41"/>
        <source>Printable handout (HTML)</source>
        <translation>可打印讲义 (HTML)</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="45"/>
        <source>Whole collection</source>
        <translation>整个词库</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="46"/>
        <source>One source</source>
        <translation>单个出处</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="47"/>
        <source>A teacher list</source>
        <translation>一份教师术语表</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="48"/>
        <source>Glossary: term, pinyin, gloss</source>
        <translation>词汇表：术语、拼音、释义</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="50"/>
        <source>Compact glossary (two columns a page)</source>
        <translation>紧凑词汇表（每页两栏）</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="51"/>
        <source>Glossary with example sentences</source>
        <translation>带例句的词汇表</translation>
    </message>
    <message>
        <location filename="../../gui/export_scopes.py" line="53"/>
        <source>Quiz, with the answer key on the last page</source>
        <translation>小测验（答案在最后一页）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/library_filters.py" line="49"/>
        <source>Search term, gloss or context  (Ctrl+F)</source>
        <translation>搜索术语、释义或语境  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="51"/>
        <source>Search terms</source>
        <translation>搜索术语</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="56"/>
        <source>Clear search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="62"/>
        <source>Filter by source</source>
        <translation>按出处筛选</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="62"/>
        <source>All sources</source>
        <translation>所有出处</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="63"/>
        <source>Filter by style</source>
        <translation>按标注方式筛选</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="63"/>
        <source>All styles</source>
        <translation>所有标注方式</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="65"/>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="65"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="67"/>
        <source>Filter by list</source>
        <translation>按术语表筛选</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="67"/>
        <source>All lists</source>
        <translation>所有术语表</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="68"/>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="68"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_filters.py" line="81"/>
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_filters.py" line="82"/>
        <source>%Ln+ term(s)</source>
        <translation>
            <numerusform>%Ln+ 个术语</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../../gui/library_filters.py" line="160"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/library_filters.py" line="162"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../gui/library_view.py" line="143"/>
        <source>Edit gloss</source>
        <translation>编辑释义</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="144"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="145"/>
        <source>Suspend / unsuspend</source>
        <translation>暂停 / 取消暂停</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="147"/>
        <source>Add to list…</source>
        <translation>加入术语表…</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="148"/>
        <source>Mark known / not known</source>
        <translation>标为已掌握 / 取消</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="150"/>
        <source>Open in reader</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="152"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="154"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="157"/>
        <source>Add term…</source>
        <translation>添加术语…</translation>
    </message>
    <message>
        <location filename="../../gui/library_marks.py" line="87"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/library_marks.py" line="88"/>
        <source>Tag (no spaces):</source>
        <translation>标签（不含空格）：</translation>
    </message>
    <message>
        <location filename="../../gui/library_marks.py" line="100"/>
        <source>A tag cannot contain spaces.</source>
        <translation>标签不能包含空格。</translation>
    </message>
    <message>
        <location filename="../../gui/library_marks.py" line="156"/>
        <location filename="../../gui/library_view.py" line="339"/>
        <source>Add to list</source>
        <translation>加入术语表</translation>
    </message>
    <message>
        <location filename="../../gui/library_marks.py" line="157"/>
        <source>List (pick one or type a new name):</source>
        <translation>术语表（选择一个，或输入新名称）：</translation>
    </message>
    <message>
        <location filename="../../gui/library_marks.py" line="180"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="247"/>
        <source>{what} Undo with Ctrl+Z.</source>
        <translation>{what} 按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/library_view.py" line="287"/>
        <source>The {name} column cannot be sorted.</source>
        <translation>“{name}”列不能排序。</translation>
    </message>
</context>
<context>
    <name>ListCommands</name>
    <message>
        <location filename="../../gui/list_commands.py" line="68"/>
        <location filename="../../gui/list_commands.py" line="274"/>
        <location filename="../../gui/list_commands.py" line="317"/>
        <source>{what}.</source>
        <translation>{what}。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="85"/>
        <source>New list “{name}”</source>
        <translation>新建术语表“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="90"/>
        <source>Created list “{name}”.</source>
        <translation>已新建术语表“{name}”。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="106"/>
        <source>Rename list “{old}” to “{new}”</source>
        <translation>将术语表“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="113"/>
        <source>Renamed the list to “{name}”.</source>
        <translation>已将术语表重命名为“{name}”。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="132"/>
        <source>Reorder lists</source>
        <translation>调整术语表顺序</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="139"/>
        <source>Lists reordered.</source>
        <translation>已调整术语表顺序。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="157"/>
        <source>Move “{term}” in the list</source>
        <translation>在术语表中移动“{term}”</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="163"/>
        <source>Moved “{term}” to {place}.</source>
        <translation>已将“{term}”移到第 {place} 位。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="185"/>
        <source>Set the list&apos;s gloss of “{term}”</source>
        <translation>设置术语表中“{term}”的释义</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="187"/>
        <source>Clear the list&apos;s gloss of “{term}”</source>
        <translation>清除术语表中“{term}”的释义</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="194"/>
        <source>Gloss saved for this list.</source>
        <translation>已为此术语表保存释义。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="196"/>
        <source>The list shows the term&apos;s senses again.</source>
        <translation>术语表重新显示该术语的原有释义。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="219"/>
        <source>Add {terms} to list “{name}”</source>
        <translation>将 {terms} 加入术语表“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="227"/>
        <source>Added {terms} to new list “{name}”.</source>
        <translation>已将 {terms} 加入新术语表“{name}”。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="229"/>
        <source>Added {terms} to list “{name}”.</source>
        <translation>已将 {terms} 加入术语表“{name}”。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="265"/>
        <source>Add “{term}” to the list</source>
        <translation>将“{term}”加入术语表</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="276"/>
        <source>Added “{term}” to the list and, as a new term, to the collection.</source>
        <translation>已将“{term}”加入术语表，并作为新术语加入词库。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="278"/>
        <source>Added “{term}” to the list.</source>
        <translation>已将“{term}”加入术语表。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="303"/>
        <source>Import list “{name}”</source>
        <translation>导入术语表“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="305"/>
        <source>Import list “{name}” (its new term stays)</source>
        <translation>导入术语表“{name}”（其中的新术语会保留）</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="307"/>
        <source>Import list “{name}” (its {n} new terms stay)</source>
        <translation>导入术语表“{name}”（其中的 {n} 个新术语会保留）</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="318"/>
        <source>Imported “{name}”: {terms} already in the collection, {new}.</source>
        <translation>已导入“{name}”：{terms}已在词库中，{new}。</translation>
    </message>
    <message>
        <location filename="../../gui/list_commands.py" line="323"/>
        <source> Skipped {rows}: {which}.</source>
        <translation>跳过 {rows}：{which}。</translation>
    </message>
</context>
<context>
    <name>ListEditing</name>
    <message>
        <location filename="../../gui/list_editing.py" line="101"/>
        <source>Import cancelled; nothing was stored.</source>
        <translation>已取消导入；没有存入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_editing.py" line="126"/>
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln 个术语</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/list_editing.py" line="138"/>
        <source>Make or choose a list first; the term goes into the list shown.</source>
        <translation>请先新建或选择一个术语表；术语会加入当前显示的术语表。</translation>
    </message>
    <message>
        <location filename="../../gui/list_editing.py" line="192"/>
        <source>{what} Undo with Ctrl+Z.</source>
        <translation>{what} 按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../gui/list_editing.py" line="195"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
</context>
<context>
    <name>ListImportDialog</name>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="31"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="32"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="33"/>
        <source>Gloss</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="34"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="35"/>
        <source>Import as</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="36"/>
        <source>in collection</source>
        <translation>已在词库中</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="37"/>
        <source>new term</source>
        <translation>新术语</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="38"/>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="48"/>
        <source>Import “{name}”</source>
        <translation>导入“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="52"/>
        <source>{terms} will go into the new list “{name}”: {linked} already in your collection, {new}; {skipped} skipped. Nothing is stored until you press Import.</source>
        <translation>{terms}将放入新术语表“{name}”：{linked} 个已在你的词库中，{new}；跳过 {skipped}。按“导入”之前不会存入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="54"/>
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="56"/>
        <source>%Ln new term(s)</source>
        <translation>
            <numerusform>%Ln 个新术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="57"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="64"/>
        <source>Rows of the list file</source>
        <translation>术语表文件中的各行</translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="75"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/list_import_dialog.py" line="79"/>
        <source>%Ln warning(s):</source>
        <translation>
            <numerusform>%Ln 条警告：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/list_import_dialog.py" line="84"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ListTermsModel</name>
    <message>
        <location filename="../../gui/list_terms_model.py" line="31"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_model.py" line="32"/>
        <source>Gloss in this list</source>
        <translation>本术语表中的释义</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_model.py" line="33"/>
        <source>Style</source>
        <translation>标注方式</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_model.py" line="109"/>
        <source>this list&apos;s own gloss (clear it to use the term&apos;s senses)</source>
        <translation>本术语表自己的释义（清空即改用术语原有的释义）</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_model.py" line="110"/>
        <source>the term&apos;s senses</source>
        <translation>术语原有的释义</translation>
    </message>
</context>
<context>
    <name>ListTermsPane</name>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="46"/>
        <source>Terms of the list</source>
        <translation>术语表中的术语</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="57"/>
        <location filename="../../gui/list_terms_pane.py" line="69"/>
        <source>Remove from list</source>
        <translation>从术语表中移除</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="59"/>
        <location filename="../../gui/list_terms_pane.py" line="67"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="61"/>
        <location filename="../../gui/list_terms_pane.py" line="68"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="63"/>
        <source>Edit gloss</source>
        <translation>编辑释义</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="70"/>
        <source>Del (the terms stay in the collection)</source>
        <translation>Del（术语仍保留在词库中）</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="72"/>
        <source>Type a term…</source>
        <translation>输入术语…</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="73"/>
        <source>New term</source>
        <translation>新术语</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="75"/>
        <source>Its gloss (a new term needs one)</source>
        <translation>释义（新术语必须填写）</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="76"/>
        <source>Its gloss</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="77"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="78"/>
        <source>Add the typed term to the end of the list (Enter)</source>
        <translation>把输入的术语加到术语表末尾（回车）</translation>
    </message>
    <message>
        <location filename="../../gui/list_terms_pane.py" line="82"/>
        <source>Double-click or F2 edits the gloss this list shows (italic: the list&apos;s own); an empty gloss goes back to the term&apos;s senses.</source>
        <translation>双击或按 F2 编辑此术语表显示的释义（斜体为术语表自己的释义）；释义留空则恢复显示术语原有的释义。</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <location filename="../../gui/lists_dialog.py" line="65"/>
        <source>Term lists</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../gui/lists_dialog.py" line="114"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/lists_dialog.py" line="116"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gui/lists_dialog.py" line="220"/>
        <source>No lists yet: make one with “New list…”, or import a colleague&apos;s.</source>
        <translation>还没有术语表：用“新建术语表…”建一个，或导入同事的术语表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/lists_dialog.py" line="219"/>
        <source>%Ln term(s)</source>
        <translation>
            <numerusform>%Ln 个术语</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListsPane</name>
    <message>
        <location filename="../../gui/lists_pane.py" line="51"/>
        <source>Imported list</source>
        <translation>导入的术语表</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="95"/>
        <source>Term lists</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="108"/>
        <source>Delete list</source>
        <translation>删除术语表</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="111"/>
        <source>Move list up</source>
        <translation>术语表上移</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="113"/>
        <source>Move list down</source>
        <translation>术语表下移</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="116"/>
        <source>New list…</source>
        <translation>新建术语表…</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="118"/>
        <source>Import CSV/TSV…</source>
        <translation>导入 CSV/TSV…</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="119"/>
        <source>A colleague&apos;s list: term, gloss[, tags] per row</source>
        <translation>同事的术语表：每行为 术语, 释义[, 标签]</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="120"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="121"/>
        <source>Rename (F2)</source>
        <translation>重命名 (F2)</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="122"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="123"/>
        <source>Delete (Del)</source>
        <translation>删除 (Del)</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="124"/>
        <source>Move list up (Alt+Up)</source>
        <translation>术语表上移 (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="127"/>
        <source>Move list down (Alt+Down)</source>
        <translation>术语表下移 (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="131"/>
        <source>Lists</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="224"/>
        <source>New list</source>
        <translation>新建术语表</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="225"/>
        <source>Name of the new list:</source>
        <translation>新术语表的名称：</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="234"/>
        <source>Import a term list</source>
        <translation>导入术语表</translation>
    </message>
    <message>
        <location filename="../../gui/lists_pane.py" line="236"/>
        <source>Term lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>术语表 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
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
        <location filename="../../gui/window_dialogs.py" line="97"/>
        <source>The interface language changes the next time the app starts.</source>
        <translation>界面语言将在下次启动应用时更改。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="284"/>
        <source>Due today: {new} new · {learning} learning · {review} review</source>
        <translation>今日到期：新卡片 {new} · 学习中 {learning} · 复习 {review}</translation>
    </message>
    <message>
        <location filename="../../gui/window_dialogs.py" line="133"/>
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
        <location filename="../../gui/view.py" line="72"/>
        <source>Reader</source>
        <translation>阅读</translation>
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
    <message>
        <location filename="../../gui/undo.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="39"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MarkTexts</name>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="32"/>
        <source>Tag %Ln term(s) “{tag}”</source>
        <translation>
            <numerusform>给 %Ln 个术语加上标签“{tag}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="35"/>
        <source>Tagged %Ln term(s) “{tag}”.</source>
        <translation>
            <numerusform>已给 %Ln 个术语加上标签“{tag}”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="38"/>
        <source>Suspend %Ln term(s)</source>
        <translation>
            <numerusform>暂停 %Ln 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="41"/>
        <source>Suspended %Ln term(s).</source>
        <translation>
            <numerusform>已暂停 %Ln 个术语。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="44"/>
        <source>Unsuspend %Ln term(s)</source>
        <translation>
            <numerusform>取消暂停 %Ln 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="47"/>
        <source>Unsuspended %Ln term(s).</source>
        <translation>
            <numerusform>已取消暂停 %Ln 个术语。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="50"/>
        <source>Mark %Ln term(s) known</source>
        <translation>
            <numerusform>将 %Ln 个术语标为已掌握</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="53"/>
        <source>Marked %Ln term(s) known: never scheduled.</source>
        <translation>
            <numerusform>已将 %Ln 个术语标为已掌握：不再安排复习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="56"/>
        <source>Mark %Ln term(s) not known</source>
        <translation>
            <numerusform>取消 %Ln 个术语的已掌握标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/library_marks.py" line="59"/>
        <source>%Ln term(s) scheduled again.</source>
        <translation>
            <numerusform>%Ln 个术语重新安排复习。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MineView</name>
    <message>
        <location filename="../../gui/mine_view.py" line="82"/>
        <source>Mine files</source>
        <translation>提取术语</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="84"/>
        <source>Open or drop transcripts, articles, notes or subtitles ({suffixes}). The terms their authors glossed are listed here first; nothing is added until you press Add.</source>
        <translation>打开或拖入讲稿、文章、笔记或字幕（{suffixes}）。作者加了释义的术语会先列在这里；按“添加”之前不会存入任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="88"/>
        <source>Open files…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="91"/>
        <source>Open in reader</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="92"/>
        <source>Read the file mined last, its terms marked</source>
        <translation>阅读最近提取的文件，并标出其中的术语</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="96"/>
        <location filename="../../gui/mine_view.py" line="374"/>
        <source>Mining… %p%</source>
        <translation>正在提取… %p%</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="103"/>
        <source>Filter candidates  (Ctrl+F)</source>
        <translation>筛选候选术语  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="105"/>
        <source>Filter candidates</source>
        <translation>筛选候选术语</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="107"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="109"/>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="114"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="115"/>
        <source>Hide words more common than rank</source>
        <translation>隐藏比此排名更常用的词</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="117"/>
        <source>Hide and untick the terms among this many most common words (their rank in the Frequency column); Off shows every term.</source>
        <translation>隐藏并取消勾选属于这么多个最常用词的术语（排名见“词频”列）；选“关”则显示所有术语。</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="120"/>
        <source>Hide words more common than:</source>
        <translation>隐藏比以下排名更常用的词：</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="123"/>
        <source>Add terms</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="146"/>
        <source>Mined candidates</source>
        <translation>提取出的候选术语</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="148"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="153"/>
        <source>Add or skip</source>
        <translation>添加或跳过</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="224"/>
        <source>Open files to mine</source>
        <translation>打开要提取术语的文件</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="225"/>
        <source>Transcripts, articles and subtitles ({patterns});;All files (*)</source>
        <translation>讲稿、文章和字幕 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="233"/>
        <source>Mining is already running; cancel it first.</source>
        <translation>正在提取中；请先取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="242"/>
        <source>{names} and %Ln more file(s)</source>
        <translation>
            <numerusform>{names} 等另外 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="257"/>
        <source>Mining %Ln file(s)…</source>
        <translation>
            <numerusform>正在从 %Ln 个文件中提取…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="266"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="296"/>
        <source>Nothing is checked; check the terms to add.</source>
        <translation>没有勾选任何术语；请勾选要添加的术语。</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="302"/>
        <source>Adding terms…</source>
        <translation>正在添加术语…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="325"/>
        <source>Found %Ln term(s), {new} new.</source>
        <translation>
            <numerusform>找到 %Ln 个术语，其中 {new} 个是新的。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="328"/>
        <source>No file could be read.</source>
        <translation>没有能读取的文件。</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="330"/>
        <source>No glossed terms found in these files.</source>
        <translation>这些文件中没有找到带释义的术语。</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="342"/>
        <location filename="../../gui/mine_view.py" line="343"/>
        <source>Mining cancelled; nothing was kept.</source>
        <translation>已取消提取；没有保留任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/mine_view.py" line="354"/>
        <source>Added {terms} ({glosses}, {occurrences}).</source>
        <translation>已添加 {terms}（{glosses}，{occurrences}）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="355"/>
        <source>%Ln new term(s)</source>
        <translation>
            <numerusform>%Ln 个新术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="356"/>
        <source>%Ln new gloss(es)</source>
        <translation>
            <numerusform>%Ln 条新释义</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="357"/>
        <source>%Ln new occurrence(s)</source>
        <translation>
            <numerusform>%Ln 处新出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="388"/>
        <source>Add %Ln term(s)</source>
        <translation>
            <numerusform>添加 %Ln 个术语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="394"/>
        <source>%Ln candidate(s), {new} new, {checked} checked.</source>
        <translation>
            <numerusform>%Ln 个候选术语，{new} 个新的，已勾选 {checked} 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/mine_view.py" line="399"/>
        <source>%Ln hidden as common.</source>
        <translation>
            <numerusform>%Ln 个因太常用而隐藏。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderLegend</name>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="30"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln 个新词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="32"/>
        <source>%Ln learning</source>
        <translation>
            <numerusform>%Ln 个学习中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="34"/>
        <source>%Ln in review</source>
        <translation>
            <numerusform>%Ln 个复习中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="36"/>
        <source>%Ln leech(es)</source>
        <translation>
            <numerusform>%Ln 个难记词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="38"/>
        <source>%Ln suspended</source>
        <translation>
            <numerusform>%Ln 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="39"/>
        <source>%Ln known</source>
        <translation>
            <numerusform>%Ln 个已掌握</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/reader_legend.py" line="43"/>
        <source>%Ln term(s): {states}</source>
        <translation>
            <numerusform>%Ln 个术语：{states}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/reader_legend.py" line="47"/>
        <source>No term of your collection occurs in this text.</source>
        <translation>这篇文字中没有你收藏的术语。</translation>
    </message>
    <message>
        <location filename="../../gui/reader_legend.py" line="51"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ReaderTermPane</name>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="59"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="60"/>
        <source>Edit gloss…</source>
        <translation>编辑释义…</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="62"/>
        <location filename="../../gui/reader_term_pane.py" line="132"/>
        <source>Mark known</source>
        <translation>标为已掌握</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="64"/>
        <location filename="../../gui/reader_term_pane.py" line="134"/>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="66"/>
        <source>Add to list…</source>
        <translation>加入术语表…</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="68"/>
        <source>Open in Library</source>
        <translation>在词库中打开</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="115"/>
        <source>Point at or click a marked term (Tab moves from term to term) to see its glosses and due day. Select any words and press A to add them as a term.</source>
        <translation>指向或点击带标记的术语（Tab 在术语间移动），可查看其释义和到期日。选中任意文字后按 A，即可将其添加为术语。</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="125"/>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="129"/>
        <source>Lists: {names}</source>
        <translation>术语表：{names}</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="132"/>
        <source>Not known</source>
        <translation>取消已掌握</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="133"/>
        <source>Unsuspend</source>
        <translation>取消暂停</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="138"/>
        <source>Known: never scheduled</source>
        <translation>已掌握：不再安排复习</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="140"/>
        <source>Suspended: not scheduled</source>
        <translation>已暂停：不安排复习</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="142"/>
        <source>Next due: when it comes up as a new card</source>
        <translation>下次复习：作为新卡片出现时</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="145"/>
        <source>Next due: {day}</source>
        <translation>下次复习：{day}</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="156"/>
        <source>Mark “{term}” known</source>
        <translation>将“{term}”标为已掌握</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="157"/>
        <source>“{term}” is known: it is never scheduled.</source>
        <translation>“{term}”已掌握：不再安排复习。</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="159"/>
        <source>Mark “{term}” not known</source>
        <translation>取消“{term}”的已掌握标记</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="160"/>
        <source>“{term}” is scheduled again.</source>
        <translation>“{term}”重新安排复习。</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="169"/>
        <source>Suspend “{term}”</source>
        <translation>暂停“{term}”</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="170"/>
        <source>Unsuspend “{term}”</source>
        <translation>取消暂停“{term}”</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="186"/>
        <source>Edit gloss</source>
        <translation>编辑释义</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="187"/>
        <source>Gloss of {term} (several: separate them with “; ”):</source>
        <translation>{term} 的释义（多个释义用“; ”分隔）：</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="202"/>
        <source>Gloss saved.</source>
        <translation>释义已保存。</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="210"/>
        <source>Add to list</source>
        <translation>加入术语表</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="211"/>
        <source>List (pick one or type a new name):</source>
        <translation>术语表（选择一个，或输入新名称）：</translation>
    </message>
    <message>
        <location filename="../../gui/reader_term_pane.py" line="233"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../gui/reader_view.py" line="78"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="81"/>
        <source>Side by side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="82"/>
        <source>Show each translation beside its line, not under it</source>
        <translation>将译文显示在原文旁边，而不是下方</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="86"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="91"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="103"/>
        <source>Source:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="126"/>
        <source>Add as term</source>
        <translation>添加为术语</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="127"/>
        <source>Add term…</source>
        <translation>添加术语…</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="128"/>
        <source>Mark known / not known</source>
        <translation>标为已掌握 / 取消</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="129"/>
        <source>Suspend / unsuspend</source>
        <translation>暂停 / 取消暂停</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="130"/>
        <source>Edit gloss</source>
        <translation>编辑释义</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="131"/>
        <source>Add to list…</source>
        <translation>加入术语表…</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="132"/>
        <source>Open in Library</source>
        <translation>在词库中打开</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="133"/>
        <source>Next term</source>
        <translation>下一个术语</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="134"/>
        <source>Previous term</source>
        <translation>上一个术语</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="135"/>
        <source>Choose source</source>
        <translation>选择出处</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="165"/>
        <source>Choose a source to read…</source>
        <translation>选择要阅读的出处…</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="205"/>
        <source>This term was not seen in a source that can be read.</source>
        <translation>这个术语没有出现在可阅读的出处中。</translation>
    </message>
    <message>
        <location filename="../../gui/reader_view.py" line="296"/>
        <source>This link cannot be opened: {url}</source>
        <translation>无法打开此链接：{url}</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <location filename="../../gui/restart.py" line="63"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="39"/>
        <source>Restart now to switch language?</source>
        <translation>现在重新启动以切换语言吗？</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="52"/>
        <source>This collection&apos;s interface language is {language}. Restart now to switch to it?</source>
        <translation>此词库的界面语言设为{language}。现在重新启动以切换过去吗？</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="65"/>
        <source>The window closes and opens again on this view in the new language. Otherwise the new language is used the next time the app starts.</source>
        <translation>窗口会关闭，并以新语言重新打开到当前页面。若不重启，新语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="68"/>
        <source>Restart Now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="69"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gui/restore_dialog.py" line="38"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="39"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="39"/>
        <source>Terms</source>
        <translation>术语数</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="40"/>
        <source>Cards</source>
        <translation>卡片数</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="54"/>
        <location filename="../../gui/restore_dialog.py" line="137"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="59"/>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="68"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="72"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="95"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="95"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="96"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="106"/>
        <source>No backups yet: one is made each day the collection is opened.</source>
        <translation>还没有备份：每天打开词库时都会备份一次。</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="108"/>
        <source>Backups are made each day the collection is opened (one a day for 7 days, one a week for 4 weeks). Restoring one keeps your collection as it is now as a backup first, so you can go back to it.</source>
        <translation>每天打开词库时都会备份（最近 7 天每天一份，最近 4 周每周一份）。恢复某个备份前，会先把当前的词库另存为备份，方便你回到现在的状态。</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="132"/>
        <source>Put the copy kept before a restore on {day} ({terms} terms, {cards} cards) in place of your collection?</source>
        <translation>用 {day} 恢复前保留的副本（{terms} 个术语，{cards} 张卡片）替换你现在的词库吗？</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="135"/>
        <source>Put the backup of {day} ({terms} terms, {cards} cards) in place of your collection?</source>
        <translation>用 {day} 的备份（{terms} 个术语，{cards} 张卡片）替换你现在的词库吗？</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="141"/>
        <source>Your collection as it is now is kept as a backup first (listed here as “before a restore”), so you can undo this by restoring that one. Work done since the chosen backup is only in that copy.</source>
        <translation>当前的词库会先另存为备份（在此列为“恢复前”），之后恢复那一份即可撤销此操作。所选备份之后所做的修改只保存在那份副本中。</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="147"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="156"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../gui/restore_dialog.py" line="165"/>
        <source>Restored. Your collection as it was is kept as {name}.</source>
        <translation>已恢复。原来的词库已另存为 {name}。</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <location filename="../../gui/review_card.py" line="39"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="40"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="92"/>
        <source>Translation</source>
        <extracomment>The link that opens the translation on the back (Anki&apos;s tap-to-reveal hint); T does too.</extracomment>
        <translation>译文</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="135"/>
        <source>Cards reviewed</source>
        <translation>已复习卡片</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="136"/>
        <source>Answers</source>
        <translation>作答次数</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="137"/>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="138"/>
        <source>Time spent</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="139"/>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="140"/>
        <source>nothing scheduled</source>
        <translation>暂无安排</translation>
    </message>
    <message>
        <location filename="../../gui/review_card.py" line="143"/>
        <source>Session complete</source>
        <translation>本轮复习完成</translation>
    </message>
</context>
<context>
    <name>ReviewSteps</name>
    <message>
        <location filename="../../gui/review_steps.py" line="78"/>
        <source>Answer “{term}”</source>
        <translation>作答“{term}”</translation>
    </message>
    <message>
        <location filename="../../gui/review_steps.py" line="118"/>
        <source>Last answer undone.</source>
        <translation>已撤销上一次作答。</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../gui/review_view.py" line="55"/>
        <source>Again</source>
        <extracomment>The answers&apos; names (srs/grades.py), shown translated in the &quot;ReviewView&quot; context.</extracomment>
        <translation>重来</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="55"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="56"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="56"/>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="57"/>
        <source>Blackout</source>
        <translation>完全忘记</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="57"/>
        <source>Wrong</source>
        <translation>答错</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="58"/>
        <source>Almost</source>
        <translation>差一点</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="58"/>
        <source>Perfect</source>
        <translation>完美</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="94"/>
        <source>Session progress</source>
        <translation>本轮进度</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="99"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="100"/>
        <source>Show answer  (Space)</source>
        <translation>显示答案  (空格)</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="187"/>
        <source>Show the answer first (Space).</source>
        <translation>请先显示答案（空格键）。</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="260"/>
        <source>{name} (key {key})</source>
        <translation>{name}（按键 {key}）</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="278"/>
        <source>{left} left · {done} done</source>
        <translation>剩余 {left} · 已完成 {done}</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="281"/>
        <source>{done} done</source>
        <translation>已完成 {done}</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="287"/>
        <source>Space: show answer · Ctrl+Z: undo</source>
        <translation>空格：显示答案 · Ctrl+Z：撤销</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="288"/>
        <source>{keys}: grade · T: translation · O: open source · Ctrl+Z: undo</source>
        <translation>{keys}：评分 · T：译文 · O：打开出处 · Ctrl+Z：撤销</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="290"/>
        <source>Enter: check for more cards · Ctrl+Z: undo the last answer</source>
        <translation>回车：查看是否还有卡片 · Ctrl+Z：撤销上一次作答</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="291"/>
        <source>Enter: check again</source>
        <translation>回车：再查看一次</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="301"/>
        <source>again today</source>
        <translation>今天再来</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="302"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="303"/>
        <source>{n}d</source>
        <comment>days until the next review</comment>
        <translation>{n}天</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="304"/>
        <source>{n}mo</source>
        <comment>months until the next review</comment>
        <translation>{n}个月</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="305"/>
        <source>{n}y</source>
        <comment>years until the next review</comment>
        <translation>{n}年</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="312"/>
        <source>Loading today&apos;s cards…</source>
        <translation>正在载入今天的卡片…</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="315"/>
        <source>Nothing is due.</source>
        <translation>没有到期的卡片。</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="316"/>
        <source>Mine a transcript or come back tomorrow.</source>
        <translation>去提取一篇讲稿，或者明天再来。</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="357"/>
        <source>This card has no source link.</source>
        <translation>这张卡片没有出处链接。</translation>
    </message>
    <message>
        <location filename="../../gui/review_view.py" line="370"/>
        <source>Only web links are opened.</source>
        <translation>只会打开网页链接。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/settings_dialog.py" line="51"/>
        <source>Daily limits</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="53"/>
        <source>Card types</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="54"/>
        <source>Answering</source>
        <translation>作答</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="55"/>
        <source>Leeches</source>
        <translation>难记卡片</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="56"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="57"/>
        <source>Mining</source>
        <translation>提取</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="61"/>
        <source>New cards a day</source>
        <extracomment>What the dialog&apos;s editors say (translated when shown).</extracomment>
        <translation>每日新卡片数</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="62"/>
        <source>Reviews a day</source>
        <translation>每日复习数</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="63"/>
        <source>Hour a new day starts</source>
        <translation>新一天开始的时间</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="64"/>
        <source>New-card order</source>
        <translation>新卡片顺序</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="65"/>
        <source>Reverse cards: gloss → term</source>
        <translation>反向卡片：释义 → 术语</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="66"/>
        <source>Cloze cards in Anki exports (the term blanked in its sentence)</source>
        <translation>导出到 Anki 时附带填空卡片（在语境句中挖去术语）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="68"/>
        <source>Six grades (0–5) instead of the four buttons</source>
        <translation>用六级评分（0–5）代替四个按钮</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="70"/>
        <source>Load spreading: move intervals of 3+ days by up to ±5%</source>
        <translation>分散负荷：3 天及以上的间隔随机浮动最多 ±5%</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="72"/>
        <source>Leech after this many lapses</source>
        <translation>遗忘多少次后记为难记卡片</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="73"/>
        <source>Suspend a card when it becomes a leech</source>
        <translation>卡片成为难记卡片时将其暂停</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="74"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="75"/>
        <source>Labels on exported cards</source>
        <translation>导出卡片上的标签语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="76"/>
        <source>Hide words more common than rank</source>
        <translation>隐藏比此排名更常用的词</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="81"/>
        <source>How many new cards a day&apos;s reviews introduce.</source>
        <extracomment>Tooltips (translated when shown); the CLI&apos;s `vocab config` prints SPECS&apos; English help.</extracomment>
        <translation>每天复习中引入多少张新卡片。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="83"/>
        <source>How many due (learning and review) cards a day shows at most.</source>
        <translation>每天最多显示多少张到期卡片（学习中和复习）。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="85"/>
        <source>Also review (and export) gloss → term cards; new terms get one.</source>
        <translation>同时复习（并导出）“释义 → 术语”卡片；新术语会各得一张。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="87"/>
        <source>Anki exports add a card with the term blanked in its context sentence.</source>
        <translation>导出到 Anki 时，额外生成一张在语境句中挖去术语的卡片。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="90"/>
        <source>Answer with the grades 0–5 instead of the four buttons Again/Hard/Good/Easy.</source>
        <translation>用 0–5 六级评分作答，而不是“重来/困难/良好/简单”四个按钮。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="93"/>
        <source>In the order terms were first seen, or the most seen first.</source>
        <translation>按术语首次出现的顺序，或出现次数最多的优先。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="95"/>
        <source>Lapses after which a card is a leech (tagged “leech”).</source>
        <translation>遗忘达到此次数后，卡片记为难记卡片（加上“leech”标签）。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="97"/>
        <source>A card that becomes a leech is also suspended.</source>
        <translation>成为难记卡片的卡片同时被暂停。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="99"/>
        <source>Intervals of 3 days or more move by up to ±5%, so cards learned together do not all fall due on one day.</source>
        <translation>3 天及以上的间隔随机浮动最多 ±5%，这样一起学的卡片不会全部在同一天到期。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="103"/>
        <source>Answers before this hour count for the day before (Anki uses 4).</source>
        <translation>在此时间之前的作答算作前一天（Anki 默认为 4 点）。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="105"/>
        <source>The language of menus and dialogs; OK offers to restart the app in it.</source>
        <translation>菜单和对话框所用的语言；点“确定”后会提示以该语言重启应用。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="108"/>
        <source>The labels on exported Anki cards and handouts (Translation, Hint, Source …).</source>
        <translation>导出的 Anki 卡片和讲义上的标签（释义、提示、出处……）所用的语言。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="111"/>
        <source>The Mine preview starts by hiding and unticking the words among this many most common ones (e.g. 5000 for an advanced learner); Off shows them all.</source>
        <translation>提取预览默认隐藏并取消勾选排名在此数值以内的常用词（例如高级学习者可设为 5000）；选“关”则全部显示。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="116"/>
        <source>In the order first seen</source>
        <translation>按首次出现顺序</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="117"/>
        <source>Most seen first</source>
        <translation>出现最多的优先</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="118"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="119"/>
        <source>Follow the interface</source>
        <translation>跟随界面语言</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="139"/>
        <source>Change settings</source>
        <extracomment>Language names are shown in their own language, untranslated.</extracomment>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="150"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="153"/>
        <source>Undone: the settings are as they were.</source>
        <translation>已撤销：设置已恢复原样。</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="167"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="177"/>
        <source>Forward: term → gloss (always made)</source>
        <translation>正向：术语 → 释义（总会生成）</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="213"/>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../gui/settings_dialog.py" line="214"/>
        <location filename="../../gui/settings_dialog.py" line="220"/>
        <source>{label}:</source>
        <comment>a form label</comment>
        <translation>{label}：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="37"/>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="38"/>
        <source>Library</source>
        <translation>词库</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="39"/>
        <source>Mine</source>
        <translation>提取</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="40"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="41"/>
        <source>Stats</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="42"/>
        <source>Term lists</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="48"/>
        <source>Show the answer</source>
        <translation>显示答案</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="49"/>
        <source>Space or Enter</source>
        <translation>空格或回车</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="50"/>
        <source>Answer Again / Hard / Good / Easy</source>
        <translation>作答：重来 / 困难 / 良好 / 简单</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="52"/>
        <source>Answer with an SM-2 grade (six-grade setting)</source>
        <translation>用 SM-2 评分作答（六级评分设置）</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="55"/>
        <source>Open the source at the term&apos;s second</source>
        <translation>在术语出现的时间点打开出处</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="56"/>
        <source>Scroll a long card</source>
        <translation>滚动较长的卡片</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="57"/>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="58"/>
        <source>Rename the list</source>
        <translation>重命名术语表</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="59"/>
        <source>F2 or double-click</source>
        <translation>F2 或双击</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="60"/>
        <source>Add the typed term to the list</source>
        <translation>把输入的术语加入术语表</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="61"/>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="81"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="112"/>
        <location filename="../../gui/shortcuts_dialog.py" line="115"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="114"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="114"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="114"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../gui/stats_view.py" line="72"/>
        <source>Cards by state</source>
        <translation>各状态卡片数</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="73"/>
        <source>Reviews per day</source>
        <translation>每日复习数</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="74"/>
        <source>Due in the next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天到期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="75"/>
        <source>Retention</source>
        <translation>记忆保持率</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="81"/>
        <location filename="../../gui/stats_view.py" line="82"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="92"/>
        <source>Reviews per day:</source>
        <translation>每日复习数：</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="179"/>
        <source>{state}: {n}</source>
        <translation>{state}：{n}</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="181"/>
        <source>total: {n}</source>
        <translation>合计：{n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="185"/>
        <source>Reviews per day, last %n day(s)</source>
        <translation>
            <numerusform>每日复习数（最近 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="191"/>
        <source>today: {today}
{days} days: {done}
per day: {mean}
days studied: {active}/{days}</source>
        <translation>今天：{today}
{days} 天：{done}
日均：{mean}
学习天数：{active}/{days}</translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="200"/>
        <source>today: {today}
tomorrow: {tomorrow}
next 7 days: {week}
next {days} days: {all}
next due: {next}</source>
        <translation>今天：{today}
明天：{tomorrow}
未来 7 天：{week}
未来 {days} 天：{all}
下次到期：{next}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="208"/>
        <source>Retention, last %n day(s)</source>
        <translation>
            <numerusform>记忆保持率（最近 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/stats_view.py" line="211"/>
        <source>no answers on review cards
in the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天
没有复习卡片的作答</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/stats_view.py" line="213"/>
        <source>{share} of answers on
review cards were 3 or better</source>
        <translation>复习卡片的作答中
{share} 在 3 分或以上</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <location filename="../../gui/i18n.py" line="103"/>
        <source>English → Chinese</source>
        <extracomment>Gloss styles (mining/model.py STYLES) and term languages, stored and typed as codes (the CLI&apos;s filters take the codes); the GUI shows them as words, in the &quot;Style&quot; context.</extracomment>
        <translation>英→中</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="104"/>
        <source>Chinese → English</source>
        <translation>中→英</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="105"/>
        <source>abbreviation</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="106"/>
        <source>definition</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="109"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="110"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>TermCommands</name>
    <message>
        <location filename="../../gui/term_commands.py" line="33"/>
        <source>Add term “{term}”</source>
        <translation>添加术语“{term}”</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="56"/>
        <source>Added “{term}”.</source>
        <translation>已添加“{term}”。</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="61"/>
        <source>Undone: added “{term}”.</source>
        <translation>已撤销：添加“{term}”。</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="74"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>将“{old}”改名为“{new}”</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="91"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>已将“{old}”改名为“{new}”。</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="96"/>
        <source>Undone: “{new}” is “{old}” again.</source>
        <translation>已撤销：“{new}”恢复为“{old}”。</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="109"/>
        <source>Merge “{source}” into “{target}”</source>
        <translation>将“{source}”合并到“{target}”</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="125"/>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>已将“{source}”合并到“{target}”。</translation>
    </message>
    <message>
        <location filename="../../gui/term_commands.py" line="129"/>
        <source>Undone: “{source}” and “{target}” are apart again.</source>
        <translation>已撤销：“{source}”和“{target}”重新分开。</translation>
    </message>
</context>
<context>
    <name>TermEditing</name>
    <message>
        <location filename="../../gui/term_editing.py" line="82"/>
        <source>Merge terms</source>
        <translation>合并术语</translation>
    </message>
    <message>
        <location filename="../../gui/term_editing.py" line="83"/>
        <source>“{term}” is already in your collection. Merge “{old}” into it?

Its glosses, contexts, lists and cards join “{term}”; where both have a card of one kind, the one reviewed more keeps its schedule and the other&apos;s answers join its history. Edit → Undo takes it back.</source>
        <translation>“{term}”已在你的词库中。要把“{old}”合并进去吗？

它的释义、语境、术语表和卡片都会并入“{term}”；如果两者都有同类卡片，复习次数较多的那张保留复习进度，另一张的作答记录并入其历史。可用“编辑 → 撤销”还原。</translation>
    </message>
    <message>
        <location filename="../../gui/term_editing.py" line="91"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/term_editing.py" line="101"/>
        <source>“{old}” was not renamed.</source>
        <translation>“{old}”没有重命名。</translation>
    </message>
</context>
<context>
    <name>TermModel</name>
    <message>
        <location filename="../../gui/term_model.py" line="46"/>
        <source>Term</source>
        <extracomment>(header, TermRow attribute, sort key understood by lib.term_rows or None)</extracomment>
        <translation>术语</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="47"/>
        <source>Gloss</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="48"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="49"/>
        <source>Style</source>
        <translation>标注方式</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="50"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="51"/>
        <source>Frequency</source>
        <translation>词频</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="52"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="53"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="54"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="55"/>
        <source>Source</source>
        <translation>出处</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <location filename="../../gui/term_model.py" line="150"/>
        <source>The term&apos;s rank among the most common words of its language (1: the most common; empty: rarer than the 100,000 most common). Count is how often your sources use it.</source>
        <translation>该术语在其语言最常用词中的排名（1 为最常用；空白表示比最常用的 10 万个词都少见）。“次数”是它在你的来源中出现的次数。</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="204"/>
        <source>A term cannot be empty: type the word or phrase to learn.</source>
        <translation>术语不能为空：请输入要学习的单词或短语。</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="213"/>
        <source>A gloss cannot be empty.</source>
        <translation>释义不能为空。</translation>
    </message>
    <message>
        <location filename="../../gui/term_model.py" line="220"/>
        <source>Gloss saved.</source>
        <translation>释义已保存。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/first_run.py" line="44"/>
        <source>Welcome to vocab_app</source>
        <translation>欢迎使用 vocab_app</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="46"/>
        <source>vocab_app finds the technical terms that bilingual transcripts and articles explain in brackets, such as 通用人工智能(AGI) or reinforcement learning (RL), and turns them into cards you review with spaced repetition or export to Anki.

Your collection is empty. Try it with three sample transcripts (AI interviews and articles in English and Chinese), or open your own transcripts, notes or subtitles ({suffixes}).</source>
        <translation>vocab_app 会找出双语讲稿和文章在括号里解释的专业术语，比如 通用人工智能(AGI) 或 reinforcement learning (RL)，并把它们做成卡片，供你用间隔重复复习或导出到 Anki。

你的词库还是空的。可以先用三篇示例讲稿（中英文的 AI 访谈和文章）试试，或者打开你自己的讲稿、笔记或字幕（{suffixes}）。</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="52"/>
        <source>Try with sample transcripts</source>
        <translation>用示例讲稿试试</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="56"/>
        <source>Open your own files…</source>
        <translation>打开自己的文件…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="60"/>
        <source>Mining the samples… %p%</source>
        <translation>正在提取示例… %p%</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="62"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="68"/>
        <source>Tip: you can drop files anywhere in this window to mine them.</source>
        <translation>提示：把文件拖到窗口任意位置即可提取术语。</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="109"/>
        <source>The sample transcripts are missing from this installation.</source>
        <translation>此安装中缺少示例讲稿。</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="125"/>
        <source>Mining the sample transcripts…</source>
        <translation>正在提取示例讲稿…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/first_run.py" line="145"/>
        <source>Added %Ln term(s) from the sample transcripts.</source>
        <translation>
            <numerusform>已从示例讲稿中添加 %Ln 个术语。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="153"/>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消；没有添加任何内容。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../gui/app.py" line="114"/>
        <source>This collection is already open in another vocab_app window.</source>
        <translation>此词库已在另一个 vocab_app 窗口中打开。</translation>
    </message>
</context>
</TS>
