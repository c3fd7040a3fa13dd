<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnotationCommand</name>
    <message>
        <source>Add Note to Article</source>
        <translation>为文章添加笔记</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>删除批注</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Read articles and see who said what.</source>
        <translation>阅读文章，看清谁说了什么。</translation>
    </message>
    <message>
        <source>Render the main window into FILE (PNG) and exit.</source>
        <translation>将主窗口渲染到 FILE（PNG）并退出。</translation>
    </message>
    <message>
        <source>The project (*.attache) to open.</source>
        <translation>要打开的项目（*.attache）。</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>With --screenshot, bring the panel NAME (speakers, people, annotations, tags) to the front.</source>
        <translation>与 --screenshot 一起使用时，将面板 NAME（speakers、people、annotations、tags）置于前台。</translation>
    </message>
</context>
<context>
    <name>Attache::AnnotationStore</name>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 不是颜色</translation>
    </message>
    <message>
        <source>a note on a whole article needs text or a tag</source>
        <translation>针对整篇文章的笔记需要文字或标签</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
    <message>
        <source>the range %1–%2 is outside the article&apos;s text (0–%3)</source>
        <translation>范围 %1–%2 超出了文章正文（0–%3）</translation>
    </message>
    <message>
        <source>there is no annotation %1</source>
        <translation>没有批注 %1</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>没有标签 %1</translation>
    </message>
</context>
<context>
    <name>Attache::ArticleStore</name>
    <message>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
</context>
<context>
    <name>Attache::Db</name>
    <message>
        <source>the disk is full (nothing of this change was saved)</source>
        <translation>磁盘已满（此次更改均未保存）</translation>
    </message>
    <message>
        <source>the project file is read-only (nothing of this change was saved)</source>
        <translation>项目文件为只读（此次更改均未保存）</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Backup</name>
    <message>
        <source>the project&apos;s database driver does not allow backups</source>
        <translation>项目的数据库驱动不支持备份</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the project is damaged (%1), so it was not backed up; the earlier backups are kept</source>
        <translation>项目已损坏（%1），因此未备份；之前的备份均保留</translation>
    </message>
</context>
<context>
    <name>Attache::Db::Migrator</name>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>迁移 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>a project cannot be kept in a %1 database</source>
        <translation>项目不能保存在 %1 数据库中</translation>
    </message>
</context>
<context>
    <name>Attache::Db::PostgresqlDialect</name>
    <message>
        <source>the connection is not a PostgreSQL one</source>
        <translation>该连接不是 PostgreSQL 连接</translation>
    </message>
</context>
<context>
    <name>Attache::Db::SearchRank</name>
    <message>
        <source>SQLite was built without full-text search</source>
        <translation>SQLite 构建时未包含全文搜索</translation>
    </message>
</context>
<context>
    <name>Attache::Db::ServerLocation</name>
    <message>
        <source>%1 is not a server location (postgresql://USER@HOST/DATABASE)</source>
        <translation>%1 不是服务器位置（postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>a server location never holds a password: put it in ~/.pgpass, a service file or PGPASSWORD instead</source>
        <translation>服务器位置从不包含密码：请改为放在 ~/.pgpass、服务文件或 PGPASSWORD 中</translation>
    </message>
    <message>
        <source>%1 names no database (postgresql://USER@HOST/DATABASE)</source>
        <translation>%1 未指定数据库（postgresql://用户@主机/数据库）</translation>
    </message>
    <message>
        <source>%1 is not a connection setting Attaché accepts (%2)</source>
        <translation>%1 不是 Attaché 接受的连接设置（%2）</translation>
    </message>
    <message>
        <source>the value of %1 holds a character a connection setting may not contain</source>
        <translation>%1 的值包含连接设置中不允许的字符</translation>
    </message>
    <message>
        <source>%1 is not a port number</source>
        <translation>%1 不是端口号</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Attache::Export::DocumentReportWriter</name>
    <message>
        <source>PDF and ODT need a QGuiApplication to lay out text</source>
        <translation>PDF 和 ODT 需要 QGuiApplication 才能排版文字</translation>
    </message>
    <message>
        <source>could not write the PDF</source>
        <translation>无法写入 PDF</translation>
    </message>
    <message>
        <source>could not write the ODT</source>
        <translation>无法写入 ODT</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Attache::Export::HtmlReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>无标题文章 %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>各发言者的引语</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>职务与机构</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>无发言者</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>高亮与笔记</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>针对整篇文章</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>标签索引</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>生成于 %1，来自项目 %2：%3。</translation>
    </message>
</context>
<context>
    <name>Attache::Export::MarkdownReportWriter</name>
    <message>
        <source>Untitled article %1</source>
        <translation>无标题文章 %1</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>置信度 %1</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Quotes per speaker</source>
        <translation>各发言者的引语</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role and institution</source>
        <translation>职务与机构</translation>
    </message>
    <message>
        <source>Without a speaker</source>
        <translation>无发言者</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>高亮与笔记</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>针对整篇文章</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Tag index</source>
        <translation>标签索引</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 from project %2: %3.</source>
        <translation>生成于 %1，来自项目 %2：%3。</translation>
    </message>
</context>
<context>
    <name>Attache::Export::QdpxReportWriter</name>
    <message>
        <source>could not write the archive: %1</source>
        <translation>无法写入归档：%1</translation>
    </message>
</context>
<context>
    <name>Attache::Export::Report</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>counts of articles, quotes and annotations</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation>
            <numerusform>%Ln 条引语</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln 家媒体</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, published %2</source>
        <translation>%1，发表于 %2</translation>
    </message>
    <message>
        <source>%1, published %2 to %3</source>
        <translation>%1，发表于 %2 至 %3</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end of the overview sentence</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportBuilder</name>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>没有标签“%1”</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportQuote</name>
    <message>
        <source>no speaker found</source>
        <translation>未找到发言者</translation>
    </message>
    <message>
        <source>speaker uncertain (suggested: %1)</source>
        <translation>发言人不确定（建议：%1）</translation>
    </message>
</context>
<context>
    <name>Attache::Export::ReportWriter</name>
    <message>
        <source>HTML page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument 文本</translation>
    </message>
    <message>
        <source>CSV table of quotes and annotations</source>
        <translation>引语与批注的 CSV 表格</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON 数据</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C 网页批注（JSON-LD）</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA 项目</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationDialog</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>New Annotation</source>
        <translation>新建批注</translation>
    </message>
    <message>
        <source>A note on the whole article</source>
        <translation>针对整篇文章的笔记</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>您的笔记</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>不检查拼写</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Spelling:</source>
        <translation>拼写(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationListModel</name>
    <message>
        <source>(whole article)</source>
        <translation>（整篇文章）</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight &amp;With</source>
        <translation>高亮颜色(&amp;W)</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection…</source>
        <translation>为所选内容添加笔记(&amp;T)…</translation>
    </message>
    <message>
        <source>Add Note to &amp;Article…</source>
        <translation>为文章添加笔记(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>编辑批注(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Annotation</source>
        <translation>删除批注(&amp;M)</translation>
    </message>
    <message>
        <source>Edit This Annotation…</source>
        <translation>编辑此批注…</translation>
    </message>
    <message>
        <source>Remove This Annotation</source>
        <translation>删除此批注</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发表日期</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ArticlePropertiesDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>文章属性</translation>
    </message>
    <message>
        <source>Separate several authors with ;</source>
        <translation>多位作者请用 ; 分隔</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发表日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::BackupListModel</name>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>按需创建</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Before upgrading to project format %1</source>
        <translation>升级到项目格式 %1 之前</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::DamagedProjectDialog</name>
    <message>
        <source>Damaged Project</source>
        <translation>项目已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened. The file has been left exactly as it was.</source>
        <translation>%1 已损坏，未被打开。该文件保持原样，未作任何改动。</translation>
    </message>
    <message>
        <source>Its newest intact backup was made %1. Restore it and open the project?</source>
        <translation>最新的完好备份创建于 %1。要恢复该备份并打开项目吗？</translation>
    </message>
    <message>
        <source>&amp;Restore Newest Backup</source>
        <translation>恢复最新备份(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::EmptyStatePage</name>
    <message>
        <source>Import Articles…</source>
        <translation>导入文章…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>This project has no articles yet.
Import an article to begin — or drop files here.</source>
        <translation>此项目还没有文章。
导入一篇文章即可开始——也可以把文件拖放到这里。</translation>
    </message>
    <message>
        <source>Open a project, or create one, to begin.</source>
        <translation>打开或新建一个项目即可开始。</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::FindBar</name>
    <message>
        <source>Highlight &amp;all</source>
        <translation>全部高亮(&amp;A)</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>上一个匹配（%1）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>下一个匹配（%1）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ImportController</name>
    <message>
        <source>Importing %v of %m</source>
        <translation>正在导入第 %v 个，共 %m 个</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop importing; what was imported stays</source>
        <translation>停止导入；已导入的内容会保留</translation>
    </message>
    <message>
        <source>Only the first %L1 files are imported at once.</source>
        <translation>一次最多只导入前 %L1 个文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Imported %L1, skipped %L2 already in the project, failed %L3.</source>
        <translation>已导入 %L1 个，跳过 %L2 个（已在项目中），失败 %L3 个。</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>文章 (*.txt *.text *.md *.markdown *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>导入文章文件夹</translation>
    </message>
    <message>
        <source>Import from a Web Address</source>
        <translation>从网址导入</translation>
    </message>
    <message>
        <source>Address of the article (http or https):</source>
        <translation>文章网址（http 或 https）：</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>只能导入 http 和 https 网址。</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::MainWindow</name>
    <message>
        <source>%1 (read-only) — Attaché</source>
        <translation>%1（只读）— Attaché</translation>
    </message>
    <message>
        <source>%1 — Attaché</source>
        <translation>%1 — Attaché</translation>
    </message>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Configure Attaché…</source>
        <translation>配置 Attaché(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>定时备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>No project open. Create one with File ▸ New Project or open one with File ▸ Open Project.</source>
        <translation>未打开项目。可通过“文件 ▸ 新建项目”创建项目，或通过“文件 ▸ 打开项目”打开项目。</translation>
    </message>
    <message>
        <source>read-only: changes cannot be saved</source>
        <translation>只读：无法保存更改</translation>
    </message>
    <message>
        <source>About Attaché</source>
        <translation>关于 Attaché</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;A reader that finds who said what in foreign-policy articles.&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;一款阅读工具，可在外交政策文章中找出谁说了什么。&lt;/p&gt;&lt;p&gt;Qt %2 · KSyntaxHighlighting %3 · Hunspell %4 · SQLite %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · Articles: %L2</source>
        <translation>%1 · 文章：%L2 篇</translation>
    </message>
    <message>
        <source>This article: %L1 quotes from %L2 speakers</source>
        <translation>本文：%L1 条引语，%L2 位发言者</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::NoteEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>无建议</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>将“%1”添加到词典</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeopleModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PeoplePanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>拆分(&amp;S)…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>筛选人物</translation>
    </message>
    <message>
        <source>Type part of a name, another name, a role or an institution</source>
        <translation>输入姓名、别名、职务或机构的一部分</translation>
    </message>
    <message>
        <source>Change the person&apos;s name, kind, role and institution</source>
        <translation>更改此人的姓名、类型、职务和机构</translation>
    </message>
    <message>
        <source>Make the selected people one person</source>
        <translation>将所选人物合并为一人</translation>
    </message>
    <message>
        <source>Make one of the person&apos;s other names a person of their own</source>
        <translation>将此人的某个别名拆分为独立的人物</translation>
    </message>
    <message>
        <source>People in the project</source>
        <translation>项目中的人物</translation>
    </message>
    <message>
        <source>The person&apos;s quotes across the project</source>
        <translation>此人在整个项目中的引语</translation>
    </message>
    <message>
        <source>Double-click a quote, or press Enter, to read it in its article</source>
        <translation>双击引语或按回车键，即可在其文章中阅读</translation>
    </message>
    <message>
        <source>Choose a person to see everything they said.</source>
        <translation>选择一个人物，查看其所有发言。</translation>
    </message>
    <message>
        <source>Quotes by %1, oldest first: %2</source>
        <translation>%1 的引语（从早到晚）：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n quote(s))</source>
        <translation>
            <numerusform>%1（%n 条引语）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Merge People</source>
        <translation>合并人物</translation>
    </message>
    <message>
        <source>The others&apos; names become this person&apos;s aliases, and their quotes move to it.
Keep:</source>
        <translation>其他人的姓名将成为此人的别名，其引语也将归于此人。
保留：</translation>
    </message>
    <message>
        <source>Split Person</source>
        <translation>拆分人物</translation>
    </message>
    <message>
        <source>This name becomes a person of their own; quotes attributed under it follow.
Name:</source>
        <translation>此名称将成为独立的人物；以该名称归属的引语随之转移。
名称：</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>编辑人物</translation>
    </message>
    <message>
        <source>e.g. foreign minister</source>
        <translation>例如：外交部长</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs</source>
        <translation>例如：外交部</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>机构(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::PersonQuoteModel</name>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>直接引语</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分引语</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>实录</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>间接引语</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ProjectController</name>
    <message>
        <source>Attaché projects (*.%1)</source>
        <translation>Attaché 项目（*.%1）</translation>
    </message>
    <message>
        <source>Checking the project…</source>
        <translation>正在检查项目…</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was not restored and the project was not changed.</source>
        <translation>备份未恢复，项目未被更改。</translation>
    </message>
    <message>
        <source>The backup was restored but cannot be opened: %1</source>
        <translation>备份已恢复，但无法打开：%1</translation>
    </message>
    <message>
        <source>Restored the backup.</source>
        <translation>已恢复备份。</translation>
    </message>
    <message>
        <source>Restored the backup; the previous file is kept as %1</source>
        <translation>已恢复备份；原文件保留为 %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderController</name>
    <message>
        <source>direct quote</source>
        <translation>直接引语</translation>
    </message>
    <message>
        <source>partial quote</source>
        <comment>a few quoted words inside reported speech</comment>
        <translation>部分引语</translation>
    </message>
    <message>
        <source>transcript</source>
        <comment>a quotation from an interview or press-conference transcript</comment>
        <translation>实录</translation>
    </message>
    <message>
        <source>indirect quote</source>
        <comment>reported speech, without quotation marks</comment>
        <translation>间接引语</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Filter articles by title, outlet or date</source>
        <translation>按标题、媒体或日期筛选文章</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>筛选文章</translation>
    </message>
    <message>
        <source>%1 · %2 · cue “%3” · confidence %4%</source>
        <extracomment>speaker&apos;s kind · kind of quote · the verb that introduced it · how sure the engine is</extracomment>
        <translation>%1 · %2 · 引述词“%3” · 置信度 %4%</translation>
    </message>
    <message>
        <source>A quotation with no speaker found</source>
        <translation>未找到发言者的引语</translation>
    </message>
    <message>
        <source>Check this attribution</source>
        <translation>请核查此归属</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>笔记：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>文章属性</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReaderView</name>
    <message>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章进行阅读。</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>文章标题</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>所有文章</translation>
    </message>
    <message numerus="yes">
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>所选文章（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any speaker (part of a name)</source>
        <translation>任意发言者（姓名的一部分）</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>任意媒体</translation>
    </message>
    <message>
        <source>Published between</source>
        <translation>发表日期介于</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>文章(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>发言者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>概览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Chart of quotes per speaker</source>
        <translation>各发言者引语图表(&amp;C)</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>人物(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Highlights and notes</source>
        <translation>高亮与笔记(&amp;H)</translation>
    </message>
    <message>
        <source>Ta&amp;g index</source>
        <translation>标签索引(&amp;G)</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>按发言者排列引语</translation>
    </message>
    <message>
        <source>Quotes by article</source>
        <translation>按文章排列引语</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告文本</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>and</source>
        <comment>published between DATE and DATE</comment>
        <translation>至</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>US paper size</comment>
        <translation>Letter（美国纸张）</translation>
    </message>
    <message>
        <source>%L1 articles, %L2 quotes, %L3 annotations</source>
        <translation>%L1 篇文章，%L2 条引语，%L3 条批注</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to.</source>
        <translation>选择要回退到的 %1 备份。</translation>
    </message>
    <message>
        <source>%1 has no backups yet. Attaché makes them on the schedule set in its settings (Backups) and before upgrading a project.</source>
        <translation>%1 尚无备份。Attaché 会按设置（备份）中的计划以及在升级项目之前创建备份。</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation>要恢复创建于 %1 的备份吗？</translation>
    </message>
    <message>
        <source>The current file is not deleted or changed: it is renamed to “%1-before-restore-&lt;date and time&gt;.%2” in the same folder, where anything done since the backup remains.</source>
        <translation>当前文件不会被删除或更改：它将在同一文件夹中重命名为“%1-before-restore-&lt;日期和时间&gt;.%2”，备份之后所做的一切都保留在其中。</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchListModel</name>
    <message>
        <source>speaker: %1</source>
        <translation>发言者：%1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>outlet: %1</source>
        <translation>媒体：%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SavedSearchesDock</name>
    <message>
        <source>Saved Searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Replace with Current Search</source>
        <translation>替换为当前搜索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>重命名已保存的搜索</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Search Project…</source>
        <translation>搜索项目(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <source>Keep this search and its filters in the project</source>
        <translation>将此搜索及其筛选条件保存在项目中</translation>
    </message>
    <message>
        <source>Cannot search for that: %1</source>
        <translation>无法进行此搜索：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n results for the filters</source>
        <translation>
            <numerusform>符合筛选条件的结果：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>“%1”的结果：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Type words or choose a filter first, then save the search</source>
        <translation>请先输入词语或选择筛选条件，再保存搜索</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchPanel</name>
    <message>
        <source>Search all articles, notes and quotes</source>
        <translation>搜索所有文章、笔记和引语</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, AND, OR, NOT; case and accents are ignored</source>
        <translation>词语、&quot;短语&quot;、前缀*、AND、OR、NOT；不区分大小写和重音符号</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>显示或隐藏筛选条件</translation>
    </message>
    <message>
        <source>Speaker kind</source>
        <translation>发言者类型</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>任意发言者</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Speaker name</source>
        <translation>发言者姓名</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Speaker&apos;s institution</source>
        <translation>发言者所属机构</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Published from</source>
        <translation>发表日期不早于</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>发表日期不晚于</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any outlet</source>
        <translation>任意媒体</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SearchResultModel</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>引语：%1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配内容</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Spelling</source>
        <translation>拼写(&amp;S)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>系统字号</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Attaché.</source>
        <translation>新的语言将在下次启动 Attaché 时生效。</translation>
    </message>
    <message>
        <source>Reading &amp;theme:</source>
        <translation>阅读主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source>Themes colour quotations, numbers and dates in the reading view.</source>
        <translation>主题会在阅读视图中为引语、数字和日期着色。</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>不检查拼写</translation>
    </message>
    <message>
        <source>&amp;Dictionary for notes:</source>
        <translation>笔记词典(&amp;D)：</translation>
    </message>
    <message>
        <source>Dictionaries installed on the system are listed (for example the hunspell-de-de, hunspell-fr and hunspell-ru packages). Words you add are kept in each project.</source>
        <translation>此处列出系统中已安装的词典（例如 hunspell-de-de、hunspell-fr 和 hunspell-ru 软件包）。您添加的单词会保存在各个项目中。</translation>
    </message>
    <message>
        <source>Mark for &amp;review below confidence:</source>
        <translation>置信度低于此值时标记为待核查(&amp;R)：</translation>
    </message>
    <message>
        <source>Attributions the engine is less sure of than this get a red wavy underline.</source>
        <translation>引擎把握低于此值的归属会显示红色波浪下划线。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Keep this many backups:</source>
        <translation>保留备份数量(&amp;K)：</translation>
    </message>
    <message>
        <source>Back up the open project &amp;every:</source>
        <translation>自动备份打开的项目，间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Backups are kept beside each project in a folder named after it. A backup is also made before a project is upgraded to a newer format.</source>
        <translation>备份保存在各项目旁以项目命名的文件夹中。项目升级到新格式之前也会先做一次备份。</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutListModel</name>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakerListModel</name>
    <message>
        <source>Also: %1</source>
        <translation>又名：%1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::SpeakersDock</name>
    <message>
        <source>Speakers</source>
        <translation>发言者</translation>
    </message>
    <message>
        <source>&amp;Next Quote by Speaker</source>
        <translation>该发言者的下一条引语(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Quote by Speaker</source>
        <translation>该发言者的上一条引语(&amp;P)</translation>
    </message>
    <message>
        <source>Speakers in this article</source>
        <translation>本文中的发言者</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>不是引语</translation>
    </message>
    <message>
        <source>Attribute To</source>
        <translation>归属于</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Set Role…</source>
        <translation>设置职务…</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>设置职务</translation>
    </message>
    <message>
        <source>Role and institution:</source>
        <translation>职务与机构：</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::TagsDock</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New Child Tag…</source>
        <translation>新建子标签…</translation>
    </message>
    <message>
        <source>Rename or Describe…</source>
        <translation>重命名或添加说明…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>What this tag means:</source>
        <translation>此标签的含义：</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>标签颜色</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::ThemeMenu</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Attache::Gui::UserGuideDialog</name>
    <message>
        <source>Attaché User Guide</source>
        <translation>Attaché 用户指南</translation>
    </message>
</context>
<context>
    <name>Attache::Import::ArticleImporter</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>文件过大（上限为 %1 MB）</translation>
    </message>
    <message>
        <source>unsupported file type (%1)</source>
        <translation>不支持的文件类型（%1）</translation>
    </message>
    <message>
        <source>unsupported file type</source>
        <translation>不支持的文件类型</translation>
    </message>
</context>
<context>
    <name>Attache::Import::BatchImport</name>
    <message>
        <source>the same text is already in the project</source>
        <translation>项目中已有相同的文本</translation>
    </message>
</context>
<context>
    <name>Attache::Import::HtmlImporter</name>
    <message>
        <source>unsupported character set &apos;%1&apos;</source>
        <translation>不支持的字符集“%1”</translation>
    </message>
    <message>
        <source>binary data (NUL bytes), not an HTML page</source>
        <translation>二进制数据（含 NUL 字节），不是 HTML 网页</translation>
    </message>
    <message>
        <source>HTML page too large (more than %1 elements)</source>
        <translation>HTML 网页过大（超过 %1 个元素）</translation>
    </message>
    <message>
        <source>HTML nested too deeply (more than %1 levels); refusing the page</source>
        <translation>HTML 嵌套过深（超过 %1 层）；已拒绝该网页</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>the HTML could not be parsed</source>
        <translation>无法解析该 HTML</translation>
    </message>
    <message>
        <source>no visible text in the HTML page</source>
        <translation>HTML 网页中没有可见文字</translation>
    </message>
    <message>
        <source>no article text found in the HTML page</source>
        <translation>HTML 网页中未找到文章正文</translation>
    </message>
</context>
<context>
    <name>Attache::Import::MarkdownImporter</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>没有文字（文件只包含空白字符）</translation>
    </message>
    <message>
        <source>no text in the Markdown document</source>
        <translation>Markdown 文档中没有文字</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>未找到文章正文（只有标题或页面元素）</translation>
    </message>
</context>
<context>
    <name>Attache::Import::PdfImporter</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged or truncated)</source>
        <translation>无法读取的 PDF（已损坏或被截断）</translation>
    </message>
    <message>
        <source>the PDF is encrypted (password-protected); remove the password first</source>
        <translation>该 PDF 已加密（受密码保护）；请先移除密码</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>该 PDF 没有页面</translation>
    </message>
    <message>
        <source>the PDF has too many pages (%1; the limit is %2)</source>
        <translation>该 PDF 页数过多（%1 页；上限为 %2 页）</translation>
    </message>
    <message>
        <source>the PDF has no text (scanned pages need OCR first)</source>
        <translation>该 PDF 没有文字（扫描页面需要先进行 OCR 识别）</translation>
    </message>
    <message>
        <source>no article text found in the PDF</source>
        <translation>PDF 中未找到文章正文</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextDecoder</name>
    <message>
        <source>binary data (NUL bytes), not a text file</source>
        <translation>二进制数据（含 NUL 字节），不是文本文件</translation>
    </message>
    <message>
        <source>binary data (%1 control characters), not a text file</source>
        <translation>二进制数据（含 %1 个控制字符），不是文本文件</translation>
    </message>
    <message>
        <source>invalid %1 data (an odd number of bytes)</source>
        <translation>无效的 %1 数据（字节数为奇数）</translation>
    </message>
    <message>
        <source>invalid %1 data</source>
        <translation>无效的 %1 数据</translation>
    </message>
    <message>
        <source>not UTF-8 and not in an encoding that could be recognised; convert it to UTF-8</source>
        <translation>既不是 UTF-8，也不是可识别的编码；请将其转换为 UTF-8</translation>
    </message>
</context>
<context>
    <name>Attache::Import::TextImporter</name>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>文件过大（上限为 %1 MB）</translation>
    </message>
    <message>
        <source>no text (the file holds only whitespace)</source>
        <translation>没有文字（文件只包含空白字符）</translation>
    </message>
    <message>
        <source>no article text found (only a title or page furniture)</source>
        <translation>未找到文章正文（只有标题或页面元素）</translation>
    </message>
</context>
<context>
    <name>Attache::Import::UrlFetcher</name>
    <message>
        <source>not an http or https URL</source>
        <translation>不是 http 或 https 网址</translation>
    </message>
    <message>
        <source>the page is too large (the limit is %1 MB)</source>
        <translation>网页过大（上限为 %1 MB）</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>the download timed out</source>
        <translation>下载超时</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>the server sent an empty page</source>
        <translation>服务器返回了空白网页</translation>
    </message>
</context>
<context>
    <name>Attache::OutputFile</name>
    <message>
        <source>%1 is the open project; choose another file</source>
        <translation>%1 是当前打开的项目；请选择其他文件</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file</source>
        <translation>%1 是文件夹；请指定一个文件</translation>
    </message>
    <message>
        <source>%1 is an Attaché project and is not written over; choose another file</source>
        <translation>%1 是 Attaché 项目，不会被覆盖；请选择其他文件</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file would be larger than the disk allows</source>
        <translation>文件将超过磁盘允许的大小</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径的某一部分不是文件夹</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
</context>
<context>
    <name>Attache::PersonalDictionary</name>
    <message>
        <source>only single words can be added to the dictionary</source>
        <translation>只能将单个单词添加到词典</translation>
    </message>
</context>
<context>
    <name>Attache::Project</name>
    <message>
        <source>%1 was saved by a newer version of Attaché (project format %2; this version reads up to %3)</source>
        <translation>%1 由更新版本的 Attaché 保存（项目格式 %2；此版本最高只能读取 %3）</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attaché project</source>
        <translation>%1 是空文件，不是 Attaché 项目</translation>
    </message>
    <message>
        <source>%1 is not an Attaché project</source>
        <translation>%1 不是 Attaché 项目</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not an Attaché project</source>
        <translation>%1 是 SQLite 数据库，但不是 Attaché 项目</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>; the newest backup is %1 (attache-cli restore %2 %1)</source>
        <translation>；最新的备份是 %1（attache-cli restore %2 %1）</translation>
    </message>
    <message>
        <source>cannot copy %1 into %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>cannot move %1 aside</source>
        <translation>无法将 %1 移开</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1 is read-only (opened for reading only)</source>
        <translation>%1 为只读（以只读方式打开）</translation>
    </message>
    <message>
        <source>%1 is read-only and holds changes not yet merged into it (%1-wal); open it once where it can be written</source>
        <translation>%1 为只读，且含有尚未合并的更改（%1-wal）；请在可写入的位置打开它一次</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is open in another Attaché</source>
        <translation>%1 已在另一个 Attaché 中打开</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>the integrity check gave no answer</source>
        <translation>完整性检查没有返回结果</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is read-only and must be upgraded to project format %2 first; make it writable</source>
        <translation>%1 为只读，必须先升级到项目格式 %2；请使其可写</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not opened and is unchanged: %2, so it may have been altered to run code</source>
        <translation>%1 未被打开，保持不变：%2，该文件可能已被篡改以执行代码</translation>
    </message>
    <message>
        <source>%1 cannot be checked: there is no room for a copy of it in %2</source>
        <translation>无法检查 %1：%2 中没有空间存放其副本</translation>
    </message>
    <message>
        <source>%1 is damaged: it is cut short (%2 of %3 bytes)</source>
        <translation>%1 已损坏：文件被截断（%2 / %3 字节）</translation>
    </message>
</context>
<context>
    <name>Attache::SavedSearchStore</name>
    <message>
        <source>a saved search needs a name</source>
        <translation>已保存的搜索需要名称</translation>
    </message>
    <message>
        <source>a saved search needs words or a filter</source>
        <translation>已保存的搜索需要词语或筛选条件</translation>
    </message>
    <message>
        <source>a saved search named %1 already exists</source>
        <translation>已存在名为 %1 的已保存搜索</translation>
    </message>
    <message>
        <source>there is no saved search %1</source>
        <translation>没有已保存的搜索 %1</translation>
    </message>
</context>
<context>
    <name>Attache::TagStore</name>
    <message>
        <source>a tag needs a name</source>
        <translation>标签需要名称</translation>
    </message>
    <message>
        <source>%1 is not a colour</source>
        <translation>%1 不是颜色</translation>
    </message>
    <message>
        <source>a tag named %1 already exists there</source>
        <translation>此处已存在名为 %1 的标签</translation>
    </message>
    <message>
        <source>a tag cannot be moved under itself</source>
        <translation>标签不能移到自身之下</translation>
    </message>
    <message>
        <source>there is no tag %1</source>
        <translation>没有标签 %1</translation>
    </message>
</context>
<context>
    <name>CorrectionCommand</name>
    <message>
        <source>Mark as Not a Quote</source>
        <translation>标记为“不是引语”</translation>
    </message>
    <message>
        <source>Reassign Quote</source>
        <translation>重新归属引语</translation>
    </message>
    <message>
        <source>Rename Person</source>
        <translation>重命名人物</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>设置类型</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>设置职务</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import from a &amp;Web Address…</source>
        <translation>从网址导入(&amp;W)…</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>文章属性(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotations, Numbers and Dates</source>
        <translation>高亮引语、数字和日期(&amp;Q)</translation>
    </message>
    <message>
        <source>Show &amp;Who Said What</source>
        <translation>显示谁说了什么(&amp;W)</translation>
    </message>
    <message>
        <source>Show My &amp;Highlights and Notes</source>
        <translation>显示我的高亮与笔记(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Attaché</source>
        <translation>关于 Attaché(&amp;A)</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>PersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>合并到 %1</translation>
    </message>
    <message>
        <source>Split %1 Off</source>
        <translation>拆分出 %1</translation>
    </message>
    <message>
        <source>That person is no longer in the register.</source>
        <translation>该人物已不在名录中。</translation>
    </message>
</context>
<context>
    <name>SavedSearchCommand</name>
    <message>
        <source>Save Search %1</source>
        <translation>保存搜索 %1</translation>
    </message>
    <message>
        <source>Change Saved Search %1</source>
        <translation>更改已保存的搜索 %1</translation>
    </message>
    <message>
        <source>Rename Saved Search %1 to %2</source>
        <translation>将已保存的搜索 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Delete Saved Search %1</source>
        <translation>删除已保存的搜索 %1</translation>
    </message>
    <message>
        <source>the saved searches could not be changed</source>
        <translation>无法更改已保存的搜索</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>%1 is not a speaker kind (one of %2)</source>
        <translation>%1 不是发言者类型（应为 %2 之一）</translation>
    </message>
    <message>
        <source>the date range ends before it starts</source>
        <translation>日期范围的结束早于开始</translation>
    </message>
    <message>
        <source>the search is empty</source>
        <translation>搜索内容为空</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>文件过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>file too large (the limit is %1 MB)</source>
        <translation>文件过大（上限为 %1 MB）</translation>
    </message>
</context>
<context>
    <name>SpeakerKind</name>
    <message>
        <source>official</source>
        <comment>kind of speaker: a government or state official</comment>
        <translation>官员</translation>
    </message>
    <message>
        <source>expert</source>
        <comment>kind of speaker: analyst, academic, think-tank fellow</comment>
        <translation>专家</translation>
    </message>
    <message>
        <source>journalist</source>
        <comment>kind of speaker</comment>
        <translation>记者</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>kind of speaker: a ministry, agency or company speaking as a body</comment>
        <translation>机构</translation>
    </message>
    <message>
        <source>unnamed source</source>
        <comment>kind of speaker: an anonymous source</comment>
        <translation>匿名消息源</translation>
    </message>
    <message>
        <source>other</source>
        <comment>kind of speaker</comment>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TagCommand</name>
    <message>
        <source>Add Tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Edit Tag %1</source>
        <translation>编辑标签 %1</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>删除标签 %1</translation>
    </message>
</context>
</TS>
