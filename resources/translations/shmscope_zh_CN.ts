<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CreateSegmentDialog</name>
    <message>
        <source>New Segment</source>
        <translation>新建段</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建段</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>key(&amp;K)：</translation>
    </message>
    <message>
        <source>Use a key</source>
        <translation>使用 key</translation>
    </message>
    <message>
        <source>0x1234 or 4660</source>
        <translation>0x1234 或 4660</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>The number processes agree on to find the segment: hex (0x1234) or decimal.</source>
        <translation>各进程约定用来找到这个段的数字：十六进制（0x1234）或十进制。</translation>
    </message>
    <message>
        <source>&amp;Private (IPC_PRIVATE): no key; share the shmid instead</source>
        <translation>私有(&amp;P)（IPC_PRIVATE）：不用 key，改为共享 shmid</translation>
    </message>
    <message>
        <source>Private segment</source>
        <translation>私有段</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>大小单位</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>&amp;Mode (octal):</source>
        <translation>模式(&amp;M)（八进制）：</translation>
    </message>
    <message>
        <source>Mode in octal</source>
        <translation>八进制模式</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Owner read</source>
        <translation>所有者可读</translation>
    </message>
    <message>
        <source>Owner write</source>
        <translation>所有者可写</translation>
    </message>
    <message>
        <source>Owner execute</source>
        <translation>所有者可执行</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Group read</source>
        <translation>组可读</translation>
    </message>
    <message>
        <source>Group write</source>
        <translation>组可写</translation>
    </message>
    <message>
        <source>Group execute</source>
        <translation>组可执行</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>Others read</source>
        <translation>其他用户可读</translation>
    </message>
    <message>
        <source>Others write</source>
        <translation>其他用户可写</translation>
    </message>
    <message>
        <source>Others execute</source>
        <translation>其他用户可执行</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>The call that will be made</source>
        <translation>将要执行的调用</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>LikelyUserRules</name>
    <message>
        <source>the rule is not a JSON object ({...})</source>
        <translation>规则不是 JSON 对象（{...}）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition or a member rules have (they have %2)</source>
        <translation>&quot;%1&quot; 既不是条件，也不是规则的成员（规则的成员有 %2）</translation>
    </message>
    <message>
        <source>the rule has no &quot;label&quot;</source>
        <translation>规则没有 &quot;label&quot;</translation>
    </message>
    <message>
        <source>the rule has no &quot;evidence&quot; sentence</source>
        <translation>规则没有 &quot;evidence&quot; 证据句</translation>
    </message>
    <message>
        <source>&quot;zh_CN&quot; must hold both a &quot;label&quot; and an &quot;evidence&quot;</source>
        <translation>&quot;zh_CN&quot; 必须同时包含 &quot;label&quot; 和 &quot;evidence&quot;</translation>
    </message>
    <message>
        <source>the evidence names {%1}, which is none of {%2}</source>
        <translation>证据中引用了 {%1}，它不是 {%2} 中的任何一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text or a list of texts, none empty</source>
        <translation>&quot;%1&quot; 必须是文本或文本列表，且都不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty list: nothing could match it</source>
        <translation>&quot;%1&quot; 是空列表：什么都匹配不上</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is none of sysv, posix, memfd</source>
        <translation>kind &quot;%1&quot; 不是 sysv、posix、memfd 中的任何一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes &quot;min&quot; and &quot;max&quot;, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 接受 &quot;min&quot; 和 &quot;max&quot;，不接受 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its min (%2) is above its max (%3)</source>
        <translation>&quot;%1&quot;：最小值（%2）大于最大值（%3）</translation>
    </message>
    <message>
        <source>&quot;key&quot; needs both &quot;min&quot; and &quot;max&quot;</source>
        <translation>&quot;key&quot; 需要同时给出 &quot;min&quot; 和 &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;owner&quot; must be a user name or a uid</source>
        <translation>&quot;owner&quot; 必须是用户名或 uid</translation>
    </message>
    <message>
        <source>&quot;bytes&quot; must be a list of tests such as {&quot;offset&quot;: 0, &quot;hex&quot;: &quot;0e 75&quot;}</source>
        <translation>&quot;bytes&quot; 必须是测试列表，例如 {&quot;offset&quot;: 0, &quot;hex&quot;: &quot;0e 75&quot;}</translation>
    </message>
    <message>
        <source>each test of &quot;bytes&quot; needs an &quot;offset&quot; (a number, or &quot;0x10&quot;)</source>
        <translation>&quot;bytes&quot; 的每个测试都需要 &quot;offset&quot;（数字，或 &quot;0x10&quot;）</translation>
    </message>
    <message>
        <source>&quot;hex&quot; &quot;%1&quot;: %2</source>
        <translation>&quot;hex&quot; &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>no bytes</source>
        <translation>没有字节</translation>
    </message>
    <message>
        <source>&quot;int32&quot; must be a whole number that fits in 32 bits</source>
        <translation>&quot;int32&quot; 必须是能放进 32 位的整数</translation>
    </message>
    <message>
        <source>&quot;live_pid&quot; is true or a list of process names</source>
        <translation>&quot;live_pid&quot; 应为 true 或进程名列表</translation>
    </message>
    <message>
        <source>a test of &quot;bytes&quot; takes &quot;hex&quot;, &quot;int32&quot; or &quot;live_pid&quot;, not &quot;%1&quot;</source>
        <translation>&quot;bytes&quot; 的测试接受 &quot;hex&quot;、&quot;int32&quot; 或 &quot;live_pid&quot;，不接受 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>each test of &quot;bytes&quot; takes exactly one of &quot;hex&quot;, &quot;int32&quot;, &quot;live_pid&quot;</source>
        <translation>&quot;bytes&quot; 的每个测试只能有 &quot;hex&quot;、&quot;int32&quot;、&quot;live_pid&quot; 中的一个</translation>
    </message>
    <message>
        <source>the tests of &quot;bytes&quot; look at more than %1 bytes</source>
        <translation>&quot;bytes&quot; 的测试涉及超过 %1 字节</translation>
    </message>
    <message>
        <source>&quot;key&quot; is a System V segment&apos;s, and the rule&apos;s kind leaves them out</source>
        <translation>&quot;key&quot; 只属于 System V 段，而规则的 kind 不包括它们</translation>
    </message>
    <message>
        <source>&quot;name&quot; is a POSIX object&apos;s or memfd&apos;s, and the rule&apos;s kind leaves them out</source>
        <translation>&quot;name&quot; 只属于 POSIX 对象或 memfd，而规则的 kind 不包括它们</translation>
    </message>
    <message>
        <source>%1, line %2: not JSON (%3); none of its rules are used.</source>
        <translation>%1，第 %2 行：不是 JSON（%3）；其中的规则都不使用。</translation>
    </message>
    <message>
        <source>%1, line 1: the file holds no &quot;rules&quot; list ({&quot;rules&quot;: [...]}); none of its rules are used.</source>
        <translation>%1，第 1 行：文件中没有 &quot;rules&quot; 列表（{&quot;rules&quot;: [...]}）；其中的规则都不使用。</translation>
    </message>
    <message>
        <source>%1, line %2: %3; this rule is left out, the others are used.</source>
        <translation>%1，第 %2 行：%3；跳过这条规则，其余规则照常使用。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShmScope</source>
        <translation>ShmScope</translation>
    </message>
    <message>
        <source>ShmScope main window</source>
        <translation>ShmScope 主窗口</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>key, shmid, owner or status</source>
        <translation>key、shmid、所有者或状态</translation>
    </message>
    <message>
        <source>Filter segments</source>
        <translation>筛选段</translation>
    </message>
    <message>
        <source>Shared memory segments</source>
        <translation>共享内存段</translation>
    </message>
    <message>
        <source>Attached segments</source>
        <translation>已附加的段</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>共享内存段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation>新建段(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a segment with shmget() (Ctrl+N)</source>
        <translation>用 shmget() 创建一个段（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Remove Segment…</source>
        <translation>删除段(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected segments with shmctl(IPC_RMID), as ipcrm does (Delete)</source>
        <translation>像 ipcrm 一样，用 shmctl(IPC_RMID) 删除选中的段（Delete）</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>附加(&amp;A)</translation>
    </message>
    <message>
        <source>Attach the selected segment read-only with shmat(SHM_RDONLY) and show its bytes (Return)</source>
        <translation>用 shmat(SHM_RDONLY) 以只读方式附加选中的段，并显示它的字节（Return）</translation>
    </message>
    <message>
        <source>Attach &amp;Read-Write</source>
        <translation>读写附加(&amp;R)</translation>
    </message>
    <message>
        <source>Attach the selected segment read-write, so that its bytes can be edited (Ctrl+Return)</source>
        <translation>以读写方式附加选中的段，以便编辑它的字节（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>分离(&amp;D)</translation>
    </message>
    <message>
        <source>Detach (shmdt) the segment of the current tab (Ctrl+W)</source>
        <translation>分离（shmdt）当前标签页中的段（Ctrl+W）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>立即刷新(&amp;N)</translation>
    </message>
    <message>
        <source>Read the kernel&apos;s list of segments now (F5)</source>
        <translation>立即重新读取内核中的段列表（F5）</translation>
    </message>
    <message>
        <source>&amp;Pause Refresh</source>
        <translation>暂停刷新(&amp;P)</translation>
    </message>
    <message>
        <source>Stop or resume the live refresh (Ctrl+P)</source>
        <translation>暂停或恢复实时刷新（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;About ShmScope</source>
        <translation>关于 ShmScope(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课堂(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;resentation Mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <source>Full screen, larger text, the table, struct pane and call log, and a change highlight seen from the back of a room (F11)</source>
        <translation>全屏、放大文字，只显示表格、结构体窗格和调用日志，变化的高亮在教室后排也看得清（F11）</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text, up to 300% (Ctrl++)</source>
        <translation>放大文字，最大 300%（Ctrl++）</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text, down to 100% (Ctrl+-)</source>
        <translation>缩小文字，最小 100%（Ctrl+-）</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Text at 100% (Ctrl+0)</source>
        <translation>文字恢复到 100%（Ctrl+0）</translation>
    </message>
    <message>
        <source>Run Lesson &amp;Writer…</source>
        <translation>运行课堂写入程序(&amp;W)…</translation>
    </message>
    <message>
        <source>Start shmdemo write as a child process: a student writing into the lesson&apos;s segment (Ctrl+Shift+W)</source>
        <translation>以子进程方式启动 shmdemo write：模拟一名学生向课堂的段写入数据（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>&amp;Stop All Writers</source>
        <translation>停止所有写入程序(&amp;S)</translation>
    </message>
    <message>
        <source>Stop every lesson writer started here; each detaches (Ctrl+Shift+X)</source>
        <translation>停止在这里启动的所有课堂写入程序；每个程序都会分离（Ctrl+Shift+X）</translation>
    </message>
    <message>
        <source>ShmScope &amp;Guide</source>
        <translation>ShmScope 指南(&amp;G)</translation>
    </message>
    <message>
        <source>A short guide: System V shared memory, the four calls, the lesson and the call log (F1)</source>
        <translation>简短指南：System V 共享内存、四个系统调用、课堂示例和调用日志（F1）</translation>
    </message>
    <message>
        <source>The version, the licence and the Qt of this ShmScope (Ctrl+F1)</source>
        <translation>这个 ShmScope 的版本、许可证和所用的 Qt（Ctrl+F1）</translation>
    </message>
    <message>
        <source>New &amp;POSIX Object…</source>
        <translation>新建 &amp;POSIX 对象…</translation>
    </message>
    <message>
        <source>Create a POSIX shared memory object in /dev/shm with shm_open() and ftruncate() (Ctrl+Shift+N)</source>
        <translation>用 shm_open() 和 ftruncate() 在 /dev/shm 中创建 POSIX 共享内存对象 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Leaks…</source>
        <translation>遗留对象(&amp;L)…</translation>
    </message>
    <message>
        <source>What is left behind: segments nobody attached whose creator exited, removed segments a process keeps alive, POSIX objects nobody holds (Ctrl+K)</source>
        <translation>遗留下来的对象：无人附加且创建者已退出的段、已删除但仍被进程留住的段、无人持有的 POSIX 对象（Ctrl+K）</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>How often a frozen field is written back, and how much memory each tab&apos;s recorder may keep (Ctrl+,)</source>
        <translation>冻结的字段多久写回一次，以及每个标签页的记录器最多占用多少内存 (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation>观察(&amp;O)</translation>
    </message>
    <message>
        <source>Read the selected segment through a process that maps it, without attaching it: its nattch, lpid and atime stay as they were (Shift+Return)</source>
        <translation>通过映射了所选段的进程读取该段，而不附加它：其 nattch、lpid 和 atime 保持不变（Shift+Return）</translation>
    </message>
    <message>
        <source>Observe Read-Writ&amp;e</source>
        <translation>以读写方式观察(&amp;E)</translation>
    </message>
    <message>
        <source>Observe the selected segment through a process that maps it, and write through that process when you edit (Ctrl+Shift+Return)</source>
        <translation>通过映射了所选段的进程观察该段，编辑时也经由该进程写入（Ctrl+Shift+Return）</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
</context>
<context>
    <name>app::AboutBox</name>
    <message>
        <source>&lt;h3&gt;ShmScope %1&lt;/h3&gt;&lt;p&gt;Inspect and edit Linux System V shared memory: the segments ipcs -m lists, live, with their bytes, their structs and every call made to the kernel.&lt;/p&gt;&lt;p&gt;Copyright (c) 2026 the ShmScope authors. Free software under the MIT License.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShmScope %1&lt;/h3&gt;&lt;p&gt;查看和编辑 Linux System V 共享内存：实时显示 ipcs -m 列出的段，以及它们的字节、结构体和对内核的每一次调用。&lt;/p&gt;&lt;p&gt;Copyright (c) 2026 the ShmScope authors。基于 MIT 许可证发布的自由软件。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ShmScope</source>
        <translation>关于 ShmScope</translation>
    </message>
</context>
<context>
    <name>app::AddBookmarkDialog</name>
    <message>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <source>0x%1 to 0x%2 (%3)</source>
        <extracomment>Where the new bookmark is: &quot;0x10 to 0x13 (4 bytes)&quot;.</extracomment>
        <translation>0x%1 到 0x%2（%3）</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>字节：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Bookmark Colour</source>
        <translation>书签颜色</translation>
    </message>
</context>
<context>
    <name>app::BookmarkModel</name>
    <message>
        <source>not recorded at this moment</source>
        <translation>此时刻未记录</translation>
    </message>
    <message>
        <source>past the end</source>
        <extracomment>A bookmark kept for this key whose bytes a smaller segment does not have.</extracomment>
        <translation>超出末尾</translation>
    </message>
    <message>
        <source>%1: 0x%2 to 0x%3, %4</source>
        <extracomment>A bookmark&apos;s tooltip: &quot;header: 0x10 to 0x13, 4 bytes&quot;.</extracomment>
        <translation>%1：0x%2 到 0x%3，%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>app::BookmarkPane</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Bookmarks of a private segment (key 0) are not remembered after it is closed.</source>
        <translation>私有段（键 0）的书签在关闭后不会被记住。</translation>
    </message>
    <message>
        <source>Click a bookmark to select its bytes; double-click its name to rename it</source>
        <translation>单击书签可选中它的字节；双击书签名称可重命名</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <extracomment>The name a new bookmark is offered: &quot;Bookmark 1&quot;, &quot;Bookmark 2&quot;...</extracomment>
        <translation>书签 %1</translation>
    </message>
    <message>
        <source>The bookmark %1 (0x%2, %3) lies past the end of this segment, which has %4: it is kept for the key, but there is nothing to show.</source>
        <translation>书签 %1（0x%2，%3）超出了此段的末尾（此段只有 %4）：该书签仍为这个 key 保留，但没有可显示的内容。</translation>
    </message>
    <message>
        <source>Bookmark Colour</source>
        <translation>书签颜色</translation>
    </message>
</context>
<context>
    <name>app::BytesTransfer</name>
    <message>
        <source>Enter a byte (0x41, 65 or &apos;A&apos;) or bytes in hex (de ad be ef).</source>
        <translation>输入一个字节（0x41、65 或 &apos;A&apos;），或用十六进制输入多个字节（de ad be ef）。</translation>
    </message>
    <message>
        <source>%1 is not one ASCII character: write the bytes in hex instead (de ad be ef).</source>
        <translation>%1 不是单个 ASCII 字符：请改用十六进制写出这些字节（de ad be ef）。</translation>
    </message>
    <message>
        <source>%1 is not a byte: a byte is 0 to 255 (0x00 to 0xff).</source>
        <translation>%1 不是一个字节：字节的取值为 0 到 255（0x00 到 0xff）。</translation>
    </message>
    <message>
        <source>Read-only attach: attach read-write to change the bytes.</source>
        <translation>只读附加：要修改字节请以读写方式附加。</translation>
    </message>
    <message>
        <source>There are no bytes to save: the object is empty.</source>
        <translation>没有可保存的字节：该对象为空。</translation>
    </message>
    <message>
        <source>Save the Selection: %1 from %2</source>
        <translation>保存选区：从 %2 开始的 %1</translation>
    </message>
    <message>
        <source>Save the Whole Object: %1</source>
        <translation>保存整个对象：%1</translation>
    </message>
    <message>
        <source>The bytes shown are those of a past moment: press Back to Live to save the bytes of now.</source>
        <translation>显示的是过去某一时刻的字节：按“返回实时”即可保存当前的字节。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 shrank while it was saved: nothing was saved.</source>
        <translation>%1 在保存过程中变小了：未保存任何内容。</translation>
    </message>
    <message>
        <source>Save cancelled: %1 was not written.</source>
        <translation>已取消保存：未写入 %1。</translation>
    </message>
    <message>
        <source>Saved %1 from %2 to %3.</source>
        <translation>已将从 %2 开始的 %1 保存到 %3。</translation>
    </message>
    <message>
        <source>Load a File at %1</source>
        <translation>在 %1 处载入文件</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to load.</source>
        <translation>%1 为空：没有可载入的内容。</translation>
    </message>
    <message>
        <source>Load File at Cursor</source>
        <translation>在光标处载入文件</translation>
    </message>
    <message>
        <source>%1 is %2; only %3 fit from %4 to the end. Load the first %3?</source>
        <translation>%1 有 %2；从 %4 到末尾只能放下 %3。载入前 %3 吗？</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>Nothing was loaded: %1 is longer than the room from %2 to the end.</source>
        <translation>未载入任何内容：%1 比从 %2 到末尾的空间更长。</translation>
    </message>
    <message>
        <source>Load %1 at %2 (%3)</source>
        <translation>在 %2 处载入 %1（%3）</translation>
    </message>
    <message>
        <source>Select the bytes to fill first.</source>
        <translation>请先选中要填充的字节。</translation>
    </message>
    <message>
        <source>Fill Selection</source>
        <translation>填充选区</translation>
    </message>
    <message>
        <source>Fill %1 from %2 with a byte (0x41, 65 or &apos;A&apos;) or a pattern in hex (de ad be ef), repeated:</source>
        <translation>用一个字节（0x41、65 或 &apos;A&apos;）或一个十六进制模式（de ad be ef）重复填充从 %2 开始的 %1：</translation>
    </message>
    <message>
        <source>Fill %1 at %2 with %3</source>
        <translation>用 %3 填充 %2 处的 %1</translation>
    </message>
</context>
<context>
    <name>app::CallLogModel</name>
    <message>
        <source>Seen between two refreshes: another process, or the kernel, did this.</source>
        <translation>在两次刷新之间观察到：这是另一个进程或内核所做的。</translation>
    </message>
    <message>
        <source>A call ShmScope made, as C, and what the kernel returned.</source>
        <translation>ShmScope 发出的调用（以 C 语言写出）及内核的返回值。</translation>
    </message>
    <message>
        <source>The same from a shell.</source>
        <translation>在 shell 中的等效命令。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Call or event</source>
        <translation>调用或事件</translation>
    </message>
    <message>
        <source>Shell equivalent</source>
        <translation>等效 shell 命令</translation>
    </message>
    <message>
        <source>A field ShmScope wrote: the C a program writes for it, then the memcpy that wrote it.</source>
        <translation>ShmScope 写入的字段：程序里对应的 C 语句，然后是实际写入的 memcpy。</translation>
    </message>
    <message>
        <source>The nearest from a shell: ipcmk makes a new segment of this size and mode, but gives it a random key, as it cannot make a private one.</source>
        <translation>shell 中最接近的命令：ipcmk 创建同样大小和权限的新段，但它不能创建私有段，只能给一个随机键值。</translation>
    </message>
</context>
<context>
    <name>app::CallLogPane</name>
    <message>
        <source>Every call ShmScope makes to the kernel, as C, with what it returned and the shell command that does the same; in italics, what other processes did between two refreshes. The refresh timer&apos;s own reads of /proc are not listed.</source>
        <translation>ShmScope 对内核的每一次调用，以 C 语言写出，附上返回值和在 shell 中做同样事情的命令；斜体的是两次刷新之间其他进程所做的事。刷新定时器自己读取 /proc 的操作不会列出。</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>调用日志</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all of them when none is selected</source>
        <translation>复制选中的行；没有选中时复制全部</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Empty the log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the log as a text file</source>
        <translation>将日志保存为文本文件</translation>
    </message>
    <message>
        <source>Save Call Log</source>
        <translation>保存调用日志</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The call log could not be saved to %1: %2</source>
        <translation>无法将调用日志保存到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ChecksumDialog</name>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算 %1…</translation>
    </message>
    <message>
        <source>not available in this libcrypto</source>
        <translation>此 libcrypto 不提供</translation>
    </message>
    <message>
        <source>Sums of %1, read at %2.</source>
        <translation>%1 的校验和，读取于 %2。</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 已复制到剪贴板。</translation>
    </message>
    <message>
        <source>no bytes</source>
        <translation>无字节</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s) from 0x%2 to 0x%3</source>
        <translation>
            <numerusform>0x%2 到 0x%3 的 %1 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Checksums and Statistics</source>
        <translation>校验和与统计</translation>
    </message>
    <message>
        <source>Bytes of %1</source>
        <translation>%1 的字节</translation>
    </message>
    <message>
        <source>&amp;Selection: %1</source>
        <translation>选区(&amp;S)：%1</translation>
    </message>
    <message>
        <source>&amp;Whole segment: %1</source>
        <translation>整个段(&amp;W)：%1</translation>
    </message>
    <message>
        <source>The bytes selected in the hex view when the dialog was opened</source>
        <translation>打开对话框时在十六进制视图中选中的字节</translation>
    </message>
    <message>
        <source>Every byte of the segment or object, from offset 0</source>
        <translation>段或对象的全部字节，从偏移 0 开始</translation>
    </message>
    <message>
        <source>What python3 -c &quot;import zlib; print(&apos;%08x&apos; % zlib.crc32(data))&quot; prints for the same bytes</source>
        <translation>与对相同字节运行 python3 -c &quot;import zlib; print(&apos;%08x&apos; % zlib.crc32(data))&quot; 的输出一致</translation>
    </message>
    <message>
        <source>What python3 -c &quot;import zlib; print(&apos;%08x&apos; % zlib.adler32(data))&quot; prints for the same bytes</source>
        <translation>与对相同字节运行 python3 -c &quot;import zlib; print(&apos;%08x&apos; % zlib.adler32(data))&quot; 的输出一致</translation>
    </message>
    <message>
        <source>What md5sum prints for the same bytes saved to a file</source>
        <translation>与把相同字节保存到文件后 md5sum 的输出一致</translation>
    </message>
    <message>
        <source>What sha1sum prints for the same bytes saved to a file</source>
        <translation>与把相同字节保存到文件后 sha1sum 的输出一致</translation>
    </message>
    <message>
        <source>What sha256sum prints for the same bytes saved to a file</source>
        <translation>与把相同字节保存到文件后 sha256sum 的输出一致</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Progress of the checksums</source>
        <translation>校验和计算进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop computing; nothing is shown</source>
        <translation>停止计算；不显示任何结果</translation>
    </message>
    <message>
        <source>Compute &amp;Again</source>
        <translation>重新计算(&amp;A)</translation>
    </message>
    <message>
        <source>Read the bytes again: another process may have changed them</source>
        <translation>重新读取字节：其他进程可能已修改了它们</translation>
    </message>
    <message>
        <source>Byte &amp;histogram (how often each value 00 to ff occurs):</source>
        <translation>字节直方图(&amp;H)（每个值 00 到 ff 出现的次数）：</translation>
    </message>
    <message>
        <source>Byte histogram</source>
        <translation>字节直方图</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Bar heights by the logarithm of the count: rare values stay visible beside a tall bar</source>
        <translation>柱高按计数的对数显示：罕见的值在高柱旁边也仍然可见</translation>
    </message>
    <message>
        <source>Entropy says how unpredictable the bytes are: 0 when every byte is the same, 8 when all 256 values are equally common, as in random, compressed or encrypted data.</source>
        <translation>熵表示字节的不可预测程度：所有字节都相同时为 0；256 个值出现得同样频繁时为 8，随机、压缩或加密的数据就是如此。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Entropy: %1 bits per byte</source>
        <translation>熵：每字节 %1 比特</translation>
    </message>
    <message numerus="yes">
        <source>Mean byte value %1; %n of the 256 values occur.</source>
        <translation>
            <numerusform>字节平均值 %1；256 个值中出现了 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>已取消：未计算任何内容。</translation>
    </message>
</context>
<context>
    <name>app::CreateMessageQueueDialog</name>
    <message>
        <source>New Message Queue</source>
        <translation>新建消息队列</translation>
    </message>
    <message>
        <source>New System V message queue</source>
        <translation>新建 System V 消息队列</translation>
    </message>
    <message>
        <source>The number processes agree on to find the queue: hex (0x1234) or decimal.</source>
        <translation>各进程约定用来找到这个队列的数字：十六进制（0x1234）或十进制。</translation>
    </message>
</context>
<context>
    <name>app::CreatePosixDialog</name>
    <message>
        <source>New POSIX Object</source>
        <translation>新建 POSIX 对象</translation>
    </message>
    <message>
        <source>New POSIX shared memory object</source>
        <translation>新建 POSIX 共享内存对象</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>A / and then a name without another /, such as /st_pid: what processes give shm_open() to find the object. Its file is /dev/shm/NAME.</source>
        <translation>一个 / 后跟不含其他 / 的名称，例如 /st_pid：进程把它交给 shm_open() 来找到该对象。它的文件是 /dev/shm/NAME。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S):</translation>
    </message>
    <message>
        <source>Bytes (4096), or a number with a unit (4 KiB, 1.5 MiB, 2 GB). 0 makes an empty object: ftruncate() can grow it later.</source>
        <translation>字节数 (4096)，或带单位的数 (4 KiB、1.5 MiB、2 GB)。0 创建空对象：之后可以用 ftruncate() 扩大。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>&amp;Mode (octal):</source>
        <translation>权限(八进制)(&amp;M):</translation>
    </message>
    <message>
        <source>Mode in octal</source>
        <translation>八进制权限</translation>
    </message>
    <message>
        <source>The calls that will be made</source>
        <translation>将要进行的调用</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>The name is not valid text: it cannot be written as UTF-8.</source>
        <translation>名称不是有效文本：无法写成 UTF-8。</translation>
    </message>
    <message>
        <source>%1 bytes is more than a file may hold (at most %2).</source>
        <translation>%1 字节超过了文件能容纳的大小 (最多 %2)。</translation>
    </message>
    <message>
        <source>shm_open() clears the bits of the umask (%1) from the mode, as open() does: the file gets %2.</source>
        <translation>shm_open() 与 open() 一样，会从权限中清除 umask (%1) 的位：文件得到 %2。</translation>
    </message>
</context>
<context>
    <name>app::CreateSegmentDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose &quot;Private&quot;, or another key.</source>
        <translation>key 0 即 IPC_PRIVATE：请选择“私有”，或换一个 key。</translation>
    </message>
    <message numerus="yes">
        <source>A segment needs at least %1 byte(s) (shmmin).</source>
        <translation>
            <numerusform>一个段至少需要 %1 字节（shmmin）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more page(s) would pass shmall, the pages all segments together may hold: %2 of %3 are in use (see /proc/sys/kernel/shmall).</source>
        <translation>
            <numerusform>再增加 %1 页就会超过 shmall，即所有段加起来最多可占用的页数：%3 页中已使用 %2 页（见 /proc/sys/kernel/shmall）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are already %1 segment(s), as many as shmmni allows.</source>
        <translation>
            <numerusform>已经有 %1 个段，达到了 shmmni 允许的上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than shmmax, the largest segment this system allows (%2; see /proc/sys/kernel/shmmax).</source>
        <translation>%1 超过了 shmmax，即本系统允许的最大段（%2；见 /proc/sys/kernel/shmmax）。</translation>
    </message>
</context>
<context>
    <name>app::CreateSemaphoreSetDialog</name>
    <message>
        <source>New Semaphore Set</source>
        <translation>新建信号量集</translation>
    </message>
    <message>
        <source>New System V semaphore set</source>
        <translation>新建 System V 信号量集</translation>
    </message>
    <message>
        <source>The number processes agree on to find the set: hex (0x1234) or decimal. The lesson&apos;s segment has 0x1234: a set of the same key is the lock that guards it.</source>
        <translation>各进程约定用来找到这个信号量集的数字：十六进制（0x1234）或十进制。课堂示例的段的 key 是 0x1234：key 相同的信号量集就是保护这个段的锁。</translation>
    </message>
    <message>
        <source>&amp;Semaphores:</source>
        <translation>信号量个数(&amp;S)：</translation>
    </message>
    <message>
        <source>Number of semaphores</source>
        <translation>信号量个数</translation>
    </message>
    <message>
        <source>How many semaphores the set holds: 1 to %1 (semmsl). It cannot change later.</source>
        <translation>信号量集中含有多少个信号量：1 到 %1（semmsl）。创建后不能再更改。</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>初始值</translation>
    </message>
    <message>
        <source>One value for every semaphore (1 makes each a free lock), or one a semaphore separated by spaces (1 0 3); each 0 to %1.</source>
        <translation>给所有信号量同一个值（1 表示每个都是空闲的锁），或者每个信号量一个值、用空格分隔（1 0 3）；每个值为 0 到 %1。</translation>
    </message>
    <message>
        <source>A set holds 1 to %1 semaphores (semmsl, the first number of /proc/sys/kernel/sem), not &quot;%2&quot;.</source>
        <translation>一个信号量集含 1 到 %1 个信号量（semmsl，即 /proc/sys/kernel/sem 的第一个数），不能是“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>Give one value for every semaphore, or %n value(s), one a semaphore.</source>
        <translation>
            <numerusform>请给所有信号量同一个值，或者给出 %n 个值，每个信号量一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX), not %2.</source>
        <translation>信号量的值只能是 0 到 %1（SEMVMX），不能是 %2。</translation>
    </message>
</context>
<context>
    <name>app::DataInspectorModel</name>
    <message>
        <source>not recorded at this moment</source>
        <translation>此时刻未记录</translation>
    </message>
    <message>
        <source>4 bytes in their order, as networks send them (network byte order): the endianness choice does not apply.</source>
        <translation>4 个字节按原顺序排列，即网络传输它们的顺序（网络字节序）：字节序的选择对此不适用。</translation>
    </message>
    <message>
        <source>The character whose UTF-8 encoding starts here: 1 to 4 bytes, in their order.</source>
        <translation>UTF-8 编码从此处开始的字符：1 到 4 个字节，按原顺序。</translation>
    </message>
    <message>
        <source>1 byte: endianness does not apply to a single byte.</source>
        <translation>1 个字节：单个字节不涉及字节序。</translation>
    </message>
    <message>
        <source>%1 bytes, little endian: the first is the least significant.</source>
        <translation>%1 个字节，小端：第一个字节是最低有效字节。</translation>
    </message>
    <message>
        <source>%1 bytes, big endian: the first is the most significant.</source>
        <translation>%1 个字节，大端：第一个字节是最高有效字节。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No segment is shown.</source>
        <translation>未显示任何段。</translation>
    </message>
    <message>
        <source>%1 at 0x%2 would run past the end of the segment, which ends at 0x%3: nothing is written.</source>
        <translation>0x%2 处的 %1 会超出段的末尾（段在 0x%3 处结束）：未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A typed value the inspector refused: &quot;int32: &quot;2.5&quot; is not a whole number: ...&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Inspector: %1 at 0x%2 = %3</source>
        <extracomment>The undo step of an edit in the data inspector: &quot;Inspector: int32 at 0x10 = 42&quot;.</extracomment>
        <translation>检查器：0x%2 处的 %1 = %3</translation>
    </message>
</context>
<context>
    <name>app::DataInspectorPane</name>
    <message>
        <source>Data inspector</source>
        <translation>数据检查器</translation>
    </message>
    <message>
        <source>The bytes at the cursor as each type</source>
        <translation>光标处的字节按每种类型解读的结果</translation>
    </message>
    <message>
        <source>Data Inspector</source>
        <translation>数据检查器</translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation>字节序</translation>
    </message>
    <message>
        <source>Little endian</source>
        <translation>小端</translation>
    </message>
    <message>
        <source>Big endian</source>
        <translation>大端</translation>
    </message>
    <message>
        <source>Little endian: the byte at the lowest offset is the least significant (x86 and ARM as Linux runs them).</source>
        <translation>小端：偏移最低的字节是最低有效字节（Linux 下运行的 x86 和 ARM 即是如此）。</translation>
    </message>
    <message>
        <source>Big endian: the byte at the lowest offset is the most significant (network byte order).</source>
        <translation>大端：偏移最低的字节是最高有效字节（网络字节序）。</translation>
    </message>
    <message>
        <source>at 0x%1</source>
        <extracomment>Where the data inspector&apos;s values start: &quot;at 0x10&quot;.</extracomment>
        <translation>位于 0x%1</translation>
    </message>
</context>
<context>
    <name>app::DetailsPanel</name>
    <message>
        <source>Segment details</source>
        <translation>段的详细信息</translation>
    </message>
    <message>
        <source>Select a segment to see everything the kernel knows about it.</source>
        <translation>选择一个段，查看内核所知道的有关它的一切。</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>段 %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Created with key</source>
        <translation>创建时的 key</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Created by pid</source>
        <translation>创建者 pid</translation>
    </message>
    <message>
        <source>Last attach/detach by pid</source>
        <translation>最后附加/分离者 pid</translation>
    </message>
    <message>
        <source>Attaches (nattch)</source>
        <translation>附加数（nattch）</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态改变</translation>
    </message>
    <message>
        <source>Last attach</source>
        <translation>最后附加</translation>
    </message>
    <message>
        <source>Last detach</source>
        <translation>最后分离</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>驻留内存</translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation>已换出</translation>
    </message>
    <message>
        <source>Attached processes</source>
        <translation>已附加的进程</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>The others belong to processes whose memory maps we may not read.</source>
        <translation>其余的属于我们无权读取其内存映射的进程。</translation>
    </message>
    <message>
        <source>Limits it counts against</source>
        <translation>计入的系统限制</translation>
    </message>
    <message>
        <source>Segments (shmmni)</source>
        <translation>段数（shmmni）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Largest segment (shmmax)</source>
        <translation>最大段（shmmax）</translation>
    </message>
    <message>
        <source>All segments (shmall)</source>
        <translation>所有段（shmall）</translation>
    </message>
    <message>
        <source>Smallest segment (shmmin)</source>
        <translation>最小段（shmmin）</translation>
    </message>
    <message>
        <source>Who may</source>
        <translation>谁可以做什么</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 attachment(s) visible.</source>
        <translation>
            <numerusform>共 %2 个附加，可见 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 page(s)</source>
        <translation>
            <numerusform>%1 / %2 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s) in use (no practical limit)</source>
        <translation>
            <numerusform>已用 %1 页（实际上没有限制）</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问时间</translation>
    </message>
    <message>
        <source>Size, owner, mode</source>
        <translation>大小、所有者、权限</translation>
    </message>
    <message>
        <source>not known: only a mapping of it was seen, and the file behind a mapping may be looked at only with CAP_SYS_ADMIN</source>
        <translation>未知：只看到了它的映射，而映射背后的文件只有具备 CAP_SYS_ADMIN 才能查看</translation>
    </message>
    <message>
        <source>Device, inode</source>
        <translation>设备、inode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Processes that hold it</source>
        <translation>持有它的进程</translation>
    </message>
    <message>
        <source>None: no process maps it or holds it open.</source>
        <translation>无：没有进程映射它或打开着它。</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>descriptor only</source>
        <translation>仅描述符</translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation>fd %1</translation>
    </message>
    <message>
        <source>fd %1 (%2)</source>
        <translation>fd %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be read: they may hold it too.</source>
        <translation>
            <numerusform>%n 个进程无法读取：它们也可能持有它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely user</source>
        <translation>可能的使用者</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>nobody maps it or holds it open; it stays in /dev/shm, costing its bytes, until someone unlinks it</source>
        <translation>没有进程映射它或打开着它；它会一直留在 /dev/shm 中占用空间，直到有人 unlink 它</translation>
    </message>
    <message>
        <source>nobody has it attached and its creator (pid %1) has exited; it stays until removed</source>
        <translation>没有进程附加它，其创建者（pid %1）也已退出；它会一直存在，直到被删除</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>%1 (ours, the one ipcs shows)</source>
        <translation>%1（本程序所在，即 ipcs 显示的）</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Processes in it</source>
        <translation>其中进程数</translation>
    </message>
</context>
<context>
    <name>app::HelpDialog</name>
    <message>
        <source>ShmScope Guide</source>
        <translation>ShmScope 指南</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
</context>
<context>
    <name>app::HexView</name>
    <message>
        <source>Segment bytes</source>
        <translation>段的字节</translation>
    </message>
    <message>
        <source>This attach is read-only: attach the segment read-write to edit its bytes.</source>
        <translation>这次附加是只读的：要编辑字节，请以读写方式附加这个段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hex digit: type 0-9 or a-f.</source>
        <translation>“%1”不是十六进制数字：请输入 0-9 或 a-f。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ASCII character: type it in the hex column as bytes.</source>
        <translation>“%1”不是 ASCII 字符：请在十六进制列中按字节输入。</translation>
    </message>
    <message>
        <source>The selection is larger than %1 MiB: too much to copy as text.</source>
        <translation>选区超过 %1 MiB：太大，无法作为文本复制。</translation>
    </message>
    <message>
        <source>Cursor at offset 0x%1</source>
        <translation>光标位于偏移 0x%1</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <extracomment>The hex view&apos;s tooltip over bookmarked bytes: &quot;Bookmark: header, pid&quot;.</extracomment>
        <translation>书签：%1</translation>
    </message>
</context>
<context>
    <name>app::HistogramView</name>
    <message numerus="yes">
        <source>0x%1%2: %3 byte(s) (%4 %)</source>
        <translation>
            <numerusform>0x%1%2：%3 个字节（%4 %）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::HistoryPlot</name>
    <message>
        <source>%1  %2</source>
        <comment>a watched value&apos;s time, then the value</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>no value read yet</source>
        <translation>尚未读取到值</translation>
    </message>
</context>
<context>
    <name>app::IpcCommands</name>
    <message>
        <source>Created semaphore set %1: %2</source>
        <translation>已创建信号量集 %1：%2</translation>
    </message>
    <message>
        <source>Created message queue %1: %2 = %1</source>
        <translation>已创建消息队列 %1：%2 = %1</translation>
    </message>
    <message>
        <source>Select one semaphore set to set a value of.</source>
        <translation>请只选择一个信号量集，再设置它的值。</translation>
    </message>
    <message>
        <source>Semaphore set %1 lives in another IPC namespace: the window sets values in sets of ours only.</source>
        <translation>信号量集 %1 位于另一个 IPC 命名空间：本窗口只能设置本程序所在命名空间中信号量集的值。</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1（key %2）</translation>
    </message>
    <message>
        <source>Remove semaphore set %1?</source>
        <translation>删除信号量集 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n semaphore set(s): %1?</source>
        <translation>
            <numerusform>删除 %n 个信号量集：%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>This is semctl(IPC_RMID), what ipcrm -s does. The set goes at once, with its values; it cannot be undone.</source>
        <translation>这就是 semctl(IPC_RMID)，也就是 ipcrm -s 所做的事。信号量集连同它的值会立即消失；此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) wait in semop() on it: each wakes at once, and its semop() fails with EIDRM (identifier removed).</source>
        <translation>
            <numerusform>有 %n 个进程正在 semop() 中等待它：每个进程都会立即被唤醒，其 semop() 以 EIDRM（标识符已删除）失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>A process that waits on it later gets EIDRM or EINVAL from semop().</source>
        <translation>之后再等待它的进程会从 semop() 得到 EIDRM 或 EINVAL。</translation>
    </message>
    <message>
        <source>Remove Semaphore Set</source>
        <translation>删除信号量集</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Semaphore set %1 lives in another IPC namespace: the window removes sets of ours only.</source>
        <translation>信号量集 %1 位于另一个 IPC 命名空间：本窗口只能删除本程序所在命名空间中的信号量集。</translation>
    </message>
    <message>
        <source>Remove message queue %1?</source>
        <translation>删除消息队列 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message queue(s): %1?</source>
        <translation>
            <numerusform>删除 %n 个消息队列：%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>This is msgctl(IPC_RMID), what ipcrm -q does. It cannot be undone; a process waiting in msgsnd() or msgrcv() on it wakes with EIDRM.</source>
        <translation>这就是 msgctl(IPC_RMID)，也就是 ipcrm -q 所做的事。此操作无法撤销；正在 msgsnd() 或 msgrcv() 中等待该队列的进程会被唤醒，并得到 EIDRM。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still wait in it, unread: they are lost.</source>
        <translation>
            <numerusform>队列中还有 %n 条未读的消息：它们将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Message Queue</source>
        <translation>删除消息队列</translation>
    </message>
    <message>
        <source>Message queue %1 lives in another IPC namespace: the window removes queues of ours only.</source>
        <translation>消息队列 %1 位于另一个 IPC 命名空间：本窗口只能删除本程序所在命名空间中的队列。</translation>
    </message>
</context>
<context>
    <name>app::IpcCreateDialog</name>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>Use a key</source>
        <translation>使用 key</translation>
    </message>
    <message>
        <source>0x1234 or 4660</source>
        <translation>0x1234 或 4660</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>&amp;Private (IPC_PRIVATE): no key; share the id instead</source>
        <translation>私有(&amp;P)（IPC_PRIVATE）：不用 key，改为共享 id</translation>
    </message>
    <message>
        <source>&amp;Mode (octal):</source>
        <translation>模式（八进制）(&amp;M)：</translation>
    </message>
    <message>
        <source>Mode in octal</source>
        <translation>八进制模式</translation>
    </message>
    <message>
        <source>Permission bits in octal: 600 for the owner alone, 660 for the group too.</source>
        <translation>八进制的权限位：600 表示只有属主可以访问，660 表示同组用户也可以访问。</translation>
    </message>
    <message>
        <source>The calls that will be made</source>
        <translation>将要执行的调用</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose &quot;Private&quot;, or another key.</source>
        <translation>key 0 即 IPC_PRIVATE：请选择“私有”，或换一个 key。</translation>
    </message>
</context>
<context>
    <name>app::IpcDetailsHtml</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>属主</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation>配对</translation>
    </message>
    <message>
        <source>%1 (same key)</source>
        <translation>%1（同键）</translation>
    </message>
    <message>
        <source>Semaphore set %1</source>
        <translation>信号量集 %1</translation>
    </message>
    <message>
        <source>Semaphores (nsems)</source>
        <translation>信号量数（nsems）</translation>
    </message>
    <message>
        <source>Last semop</source>
        <translation>最后一次 semop</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态改变</translation>
    </message>
    <message>
        <source>Semaphores</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation>无法读取信号量的值：%1</translation>
    </message>
    <message>
        <source>What ipcs -s -i %1 shows: semctl GETALL for the values, GETPID, GETNCNT and GETZCNT for each semaphore.</source>
        <translation>即 ipcs -s -i %1 显示的内容：用 semctl GETALL 读取所有值，并对每个信号量读取 GETPID、GETNCNT 和 GETZCNT。</translation>
    </message>
    <message>
        <source>Waiting processes</source>
        <translation>等待中的进程</translation>
    </message>
    <message>
        <source>None: no process is blocked in semop() on this set.</source>
        <translation>无：没有进程阻塞在这个信号量集的 semop() 中。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) the kernel counts as waiting (ncnt + zcnt) could not be named: they are in another namespace, or their /proc may not be read.</source>
        <translation>
            <numerusform>内核计为等待中（ncnt + zcnt）的进程中，有 %n 个无法确定是哪个进程：它们位于另一个命名空间，或者无权读取它们的 /proc。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the set wakes them: their semop() fails with EIDRM.</source>
        <translation>删除该信号量集会唤醒它们：它们的 semop() 会以 EIDRM 失败。</translation>
    </message>
    <message>
        <source>Message queue %1</source>
        <translation>消息队列 %1</translation>
    </message>
    <message>
        <source>Messages (qnum)</source>
        <translation>消息数（qnum）</translation>
    </message>
    <message>
        <source>Used bytes (cbytes)</source>
        <translation>已用字节（cbytes）</translation>
    </message>
    <message>
        <source>Last sender (lspid)</source>
        <translation>最后发送者（lspid）</translation>
    </message>
    <message>
        <source>Last receiver (lrpid)</source>
        <translation>最后接收者（lrpid）</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>最后发送</translation>
    </message>
    <message>
        <source>Last receive</source>
        <translation>最后接收</translation>
    </message>
    <message>
        <source>sem %1 = %2 · last pid %3 · ncnt %4 · zcnt %5</source>
        <translation>sem %1 = %2 · 最后操作的 pid %3 · ncnt %4 · zcnt %5</translation>
    </message>
</context>
<context>
    <name>app::IpcTables</name>
    <message>
        <source>segment %1</source>
        <translation>段 %1</translation>
    </message>
    <message>
        <source>semaphore set %1</source>
        <translation>信号量集 %1</translation>
    </message>
    <message>
        <source>message queue %1</source>
        <translation>消息队列 %1</translation>
    </message>
    <message>
        <source>&amp;Remove Semaphore Set…</source>
        <translation>删除信号量集(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected semaphore sets with semctl(IPC_RMID), as ipcrm -s does: processes waiting on them wake with EIDRM (Delete)</source>
        <translation>像 ipcrm -s 一样，用 semctl(IPC_RMID) 删除选中的信号量集：等待它们的进程会被唤醒，并得到 EIDRM（Delete）</translation>
    </message>
    <message>
        <source>&amp;Remove Message Queue…</source>
        <translation>删除消息队列(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected message queues with msgctl(IPC_RMID), as ipcrm -q does: the messages in them are lost (Delete)</source>
        <translation>像 ipcrm -q 一样，用 msgctl(IPC_RMID) 删除选中的消息队列：其中的消息将会丢失（Delete）</translation>
    </message>
    <message>
        <source>System V semaphore sets</source>
        <translation>System V 信号量集</translation>
    </message>
    <message>
        <source>System V message queues</source>
        <translation>System V 消息队列</translation>
    </message>
    <message>
        <source>New Se&amp;maphore Set…</source>
        <translation>新建信号量集(&amp;M)…</translation>
    </message>
    <message>
        <source>Create a semaphore set with semget() and give its semaphores their first values with semctl(SETALL); ipcmk -S does the same (Ctrl+Alt+S)</source>
        <translation>用 semget() 创建一个信号量集，并用 semctl(SETALL) 为其中的信号量设置初始值；ipcmk -S 的作用相同（Ctrl+Alt+S）</translation>
    </message>
    <message>
        <source>Set Semaphore &amp;Value…</source>
        <translation>设置信号量值(&amp;V)…</translation>
    </message>
    <message>
        <source>Set one semaphore of the selected set with semctl(SETVAL): processes waiting for it wake when the value lets them (Ctrl+Alt+V)</source>
        <translation>用 semctl(SETVAL) 设置所选信号量集中的一个信号量：等待它的进程会在该值允许时被唤醒（Ctrl+Alt+V）</translation>
    </message>
    <message>
        <source>New Messa&amp;ge Queue…</source>
        <translation>新建消息队列(&amp;G)…</translation>
    </message>
    <message>
        <source>Create a message queue with msgget(); ipcmk -Q does the same. Its messages are never shown: reading one takes it off the queue (Ctrl+Alt+Q)</source>
        <translation>用 msgget() 创建一个消息队列；ipcmk -Q 的作用相同。队列中的消息永远不会显示：读取一条消息就会把它从队列中取走（Ctrl+Alt+Q）</translation>
    </message>
</context>
<context>
    <name>app::KindTabBar</name>
    <message>
        <source>Kind of shared memory</source>
        <translation>共享内存类型</translation>
    </message>
    <message>
        <source>POSIX</source>
        <translation>POSIX</translation>
    </message>
    <message>
        <source>memfd</source>
        <translation>memfd</translation>
    </message>
    <message>
        <source>System V segments: shmget(), shmat(), shmdt(), shmctl(); what ipcs -m lists.</source>
        <translation>System V 共享内存段：shmget()、shmat()、shmdt()、shmctl()；即 ipcs -m 列出的内容。</translation>
    </message>
    <message>
        <source>POSIX objects: shm_open() files of /dev/shm, and those unlinked while still mapped or open.</source>
        <translation>POSIX 对象：/dev/shm 中由 shm_open() 创建的文件，以及已 unlink 但仍被映射或打开的对象。</translation>
    </message>
    <message>
        <source>memfd_create() files: shared memory without a name, passed between processes as a descriptor.</source>
        <translation>memfd_create() 创建的文件：没有名称的共享内存，以描述符的形式在进程间传递。</translation>
    </message>
    <message>
        <source>POSIX named semaphores: sem_open() keeps each in /dev/shm/sem.NAME.</source>
        <translation>POSIX 命名信号量：sem_open() 把每个信号量保存在 /dev/shm/sem.NAME 中。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>共享内存段</translation>
    </message>
    <message>
        <source>Semaphore Sets</source>
        <translation>信号量集</translation>
    </message>
    <message>
        <source>Message Queues</source>
        <translation>消息队列</translation>
    </message>
    <message>
        <source>POSIX Semaphores</source>
        <translation>POSIX 信号量</translation>
    </message>
    <message>
        <source>System V semaphore sets: semget(), semop(), semctl(); what ipcs -s lists. Each set holds one or more counters that processes wait on, such as the lock that guards a segment.</source>
        <translation>System V 信号量集：semget()、semop()、semctl()；即 ipcs -s 列出的内容。每个信号量集包含一个或多个供进程等待的计数器，例如保护某个段的锁。</translation>
    </message>
    <message>
        <source>System V message queues: msgget(), msgsnd(), msgrcv(), msgctl(); what ipcs -q lists. The messages themselves are not shown: reading one takes it off the queue.</source>
        <translation>System V 消息队列：msgget()、msgsnd()、msgrcv()、msgctl()；即 ipcs -q 列出的内容。消息本身不会显示：读取一条消息就会把它从队列中取走。</translation>
    </message>
</context>
<context>
    <name>app::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>app::LayoutEditorDialog</name>
    <message>
        <source>Struct Layout</source>
        <translation>结构体布局</translation>
    </message>
    <message>
        <source>Struct layout</source>
        <translation>结构体布局</translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation>已保存的布局</translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation>布局名称</translation>
    </message>
    <message>
        <source>C declarations</source>
        <translation>C 声明</translation>
    </message>
    <message>
        <source>Paste C declarations: the last struct or union is the layout.</source>
        <translation>粘贴 C 声明：最后一个 struct 或 union 就是布局。</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>布局库(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save to Library</source>
        <translation>保存到布局库(&amp;S)</translation>
    </message>
    <message>
        <source>Open Layout</source>
        <translation>打开布局</translation>
    </message>
    <message>
        <source>C headers (*.h);;All files (*)</source>
        <translation>C 头文件 (*.h);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>app::LeaksDialog</name>
    <message>
        <source>segment %1 is removed already: it goes when %2 detach or end.</source>
        <translation>段 %1 已被删除：等 %2 分离或结束时它才会消失。</translation>
    </message>
    <message>
        <source>POSIX object %1 (%2)</source>
        <translation>POSIX 对象 %1（%2）</translation>
    </message>
    <message>
        <source>segment %1, key %2 (%3)</source>
        <translation>段 %1，key %2（%3）</translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation>正在等待首次刷新…</translation>
    </message>
    <message>
        <source>the default of RemoveIPC in %1</source>
        <translation>%1 中 RemoveIPC 的默认值</translation>
    </message>
    <message>
        <source>RemoveIPC=yes in %1</source>
        <translation>%1 中的 RemoveIPC=yes</translation>
    </message>
    <message>
        <source>logind removes a user&apos;s segments and POSIX objects when their last session ends (%1): what a logged-out user left is gone already, and what is listed here belongs to users still logged in, to root or to system users, which logind spares.</source>
        <translation>logind 会在用户的最后一个会话结束时删除该用户的段和 POSIX 对象（%1）：已注销用户留下的对象已被清除，这里列出的属于仍在登录的用户、root 或系统用户，logind 不会删除它们。</translation>
    </message>
    <message>
        <source>Select what to remove.</source>
        <translation>请选择要删除的对象。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n leftover(s)?</source>
        <translation>
            <numerusform>删除 %n 个遗留对象？</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments go with shmctl(IPC_RMID), what ipcrm -m does; POSIX objects with shm_unlink(). It cannot be undone.</source>
        <translation>段用 shmctl(IPC_RMID) 删除，与 ipcrm -m 相同；POSIX 对象用 shm_unlink() 删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not removed:</source>
        <translation>未删除：</translation>
    </message>
    <message>
        <source>Remove Leftovers</source>
        <translation>删除遗留对象</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>遗留对象</translation>
    </message>
    <message>
        <source>What is left behind</source>
        <translation>遗留的对象</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>logind&apos;s RemoveIPC</source>
        <translation>logind 的 RemoveIPC</translation>
    </message>
    <message>
        <source>What the last removal did</source>
        <translation>上次删除的结果</translation>
    </message>
    <message>
        <source>Remove &amp;Selected…</source>
        <translation>删除所选(&amp;S)…</translation>
    </message>
    <message>
        <source>Remove the selected segments and POSIX objects, after one question that lists them</source>
        <translation>删除所选的段和 POSIX 对象，删除前会列出它们并询问一次</translation>
    </message>
    <message>
        <source>Remove &amp;All…</source>
        <translation>全部删除(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove every segment and POSIX object listed, after one question that lists them</source>
        <translation>删除列出的所有段和 POSIX 对象，删除前会列出它们并询问一次</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>app::LeaksModel</name>
    <message>
        <source>Segment</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Removed segment</source>
        <translation>已删除的段</translation>
    </message>
    <message>
        <source>POSIX semaphore</source>
        <translation>POSIX 信号量</translation>
    </message>
    <message>
        <source>POSIX object</source>
        <translation>POSIX 对象</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Key or name</source>
        <translation>key 或名称</translation>
    </message>
    <message>
        <source>Shmid or path</source>
        <translation>shmid 或路径</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时长</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（位于 %2）</translation>
    </message>
</context>
<context>
    <name>app::LessonWriter</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>killed by a signal; the kernel detached it</source>
        <translation>被信号终止；内核已将它分离</translation>
    </message>
    <message>
        <source>ended, detached</source>
        <translation>已结束并分离</translation>
    </message>
    <message>
        <source>failed with exit status %1</source>
        <translation>失败，退出状态为 %1</translation>
    </message>
</context>
<context>
    <name>app::LessonWritersPane</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名字(&amp;N)：</translation>
    </message>
    <message>
        <source>Alice</source>
        <translation>小明</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>key(&amp;K)：</translation>
    </message>
    <message>
        <source>The lesson&apos;s key, in hex (0x1234) or decimal (4660)</source>
        <translation>课堂使用的 key，十六进制（0x1234）或十进制（4660）</translation>
    </message>
    <message>
        <source>&amp;Rename every:</source>
        <translation>改名间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Start Writer</source>
        <translation>启动写入程序(&amp;S)</translation>
    </message>
    <message>
        <source>Runs shmdemo write NAME --key KEY --every MS as a child process</source>
        <translation>以子进程方式运行 shmdemo write NAME --key KEY --every MS</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation>全部停止(&amp;A)</translation>
    </message>
    <message>
        <source>Lesson writers</source>
        <translation>课堂写入程序</translation>
    </message>
    <message>
        <source>What the writers print</source>
        <translation>写入程序的输出</translation>
    </message>
    <message>
        <source>A writer named &quot;%1&quot; is already running (pid %2). Give the second student another name, or stop the first.</source>
        <translation>名为“%1”的写入程序已在运行（pid %2）。请给第二名学生换个名字，或者先停止第一个。</translation>
    </message>
    <message>
        <source>shmdemo was not found beside shmscope or on PATH: the lesson writer is the shmdemo program.</source>
        <translation>在 shmscope 所在的目录和 PATH 中都找不到 shmdemo：课堂写入程序就是 shmdemo 程序。</translation>
    </message>
    <message>
        <source>Writer &quot;%1&quot; %2.</source>
        <translation>写入程序“%1”%2。</translation>
    </message>
    <message>
        <source>running, pid %1</source>
        <translation>正在运行，pid %1</translation>
    </message>
    <message>
        <source>What the writer puts into names[]: 1 to %1 bytes, with room for the &quot; 1&quot;, &quot; 2&quot;, ... it adds as it renames itself.</source>
        <translation>写入程序放进 names[] 的内容：1 到 %1 字节，还要给它改名时加上的“ 1”、“ 2”……留出空间。</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation>毫秒</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>刷新间隔（秒）</translation>
    </message>
    <message>
        <source>How often the segment list is read again</source>
        <translation>多久重新读取一次段列表</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个段</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all, %2 resident</source>
        <translation>共 %1，驻留 %2</translation>
    </message>
    <message>
        <source>The segment list could not be read; the table shows the last list read. %1</source>
        <translation>无法读取段列表；表格显示的是上一次读到的列表。%1</translation>
    </message>
    <message>
        <source>Attach Read-Only</source>
        <translation>只读附加</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>分离</translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody else has segment %1 attached: detaching destroys it, and its bytes are lost. Detach anyway?</source>
        <translation>kernel.shm_rmid_forced 为 1，并且没有其他进程附加段 %1：分离会销毁它，其中的字节将会丢失。仍要分离吗？</translation>
    </message>
    <message>
        <source>Created segment %1: %2 = %1</source>
        <translation>已创建段 %1：%2 = %1</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1（key %2）</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n segment(s): %1?</source>
        <translation>
            <numerusform>删除 %n 个段：%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>This is shmctl(IPC_RMID), what ipcrm -m does. It cannot be undone.</source>
        <translation>这就是 shmctl(IPC_RMID)，也就是 ipcrm -m 所做的事。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n of them is still attached. It is not freed at once: its key becomes 0x00000000, its status dest, and the kernel frees it when the last process detaches.</source>
        <translation>
            <numerusform>其中 %n 个仍被附加着。它不会立即释放：它的 key 变为 0x00000000，状态变为 dest，等最后一个进程分离时内核才会释放它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation>删除段</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Call Log</source>
        <translation>调用日志</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Lesson Writers</source>
        <translation>课堂写入程序</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) since the last refresh: see the table.</source>
        <translation>
            <numerusform>……自上次刷新以来还有 %n 处变化：请看表格。</numerusform>
        </translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation>秒</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: attaching it is harmless, but the detach that follows (closing its tab, or quitting) destroys it, and its bytes are lost. Attach anyway?</source>
        <translation>kernel.shm_rmid_forced 为 1，且没有进程连接段 %1：连接它本身无害，但随后的分离（关闭其标签页或退出）会销毁它，其中的字节将丢失。仍要连接吗？</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Quitting detaches every tab. kernel.shm_rmid_forced is 1 and nobody else has these segments attached, so quitting destroys them, and their bytes are lost: %1. Quit anyway?</source>
        <translation>退出会分离所有标签页。kernel.shm_rmid_forced 为 1，且没有其他进程连接这些段，因此退出会销毁它们，其中的字节将丢失：%1。仍要退出吗？</translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1: you agreed that our detach destroys segment %1.</source>
        <translation>kernel.shm_rmid_forced 为 1：你同意我们的分离销毁段 %1。</translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1: you declined, so that our detach does not destroy segment %1.</source>
        <translation>kernel.shm_rmid_forced 为 1：你拒绝了，因此我们的分离不会销毁段 %1。</translation>
    </message>
    <message>
        <source>%1 of shmmni (%2)</source>
        <translation>占 shmmni 的 %1（%2）</translation>
    </message>
    <message>
        <source>Remove segment %1?</source>
        <translation>删除段 %1？</translation>
    </message>
    <message>
        <source>It is still attached, so it is not freed at once: its key becomes 0x00000000, its status dest, and the kernel frees it when the last process detaches.</source>
        <translation>它仍被连接，所以不会立即释放：它的键值变为 0x00000000，状态为 dest，最后一个进程分离时内核才释放它。</translation>
    </message>
    <message>
        <source>name, kind, owner, path or process</source>
        <translation>名称、类型、所有者、路径或进程</translation>
    </message>
    <message>
        <source>&amp;Remove POSIX Object…</source>
        <translation>删除 POSIX 对象(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected objects with shm_unlink(), as rm /dev/shm/NAME does (Delete)</source>
        <translation>用 shm_unlink() 删除所选对象，效果同 rm /dev/shm/NAME (Delete)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected object read-only: open(O_RDONLY) and mmap(PROT_READ), and show its bytes (Return)</source>
        <translation>以只读方式打开所选对象：open(O_RDONLY) 和 mmap(PROT_READ)，并显示其字节 (Return)</translation>
    </message>
    <message>
        <source>Open &amp;Read-Write</source>
        <translation>读写打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the selected object read-write, so that its bytes can be edited (Ctrl+Return)</source>
        <translation>以读写方式打开所选对象，以便编辑其字节 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>%1 has no name in /dev/shm and no process we may read holds it: there is no path to open it by.</source>
        <translation>%1 在 /dev/shm 中没有名称，也没有我们可读取的进程持有它：没有可用来打开它的路径。</translation>
    </message>
    <message>
        <source>%1 is no longer the object %2 that was listed (inode %3): it went away, and what the path leads to now is another one. Nothing was opened.</source>
        <translation>%1 已不再是列表中的对象 %2 (inode %3)：它已消失，该路径现在指向另一个对象。没有打开任何东西。</translation>
    </message>
    <message>
        <source>The IPC namespace %1 is gone (its last process exited): the table lists this namespace again.</source>
        <translation>IPC 命名空间 %1 已消失（其中最后一个进程已退出）：表格重新列出本命名空间。</translation>
    </message>
    <message>
        <source>container %1 %2</source>
        <extracomment>Where a segment lives: &quot;container docker 3f2a1b9c7d10&quot;.</extracomment>
        <translation>容器 %1 %2</translation>
    </message>
    <message>
        <source>%1 (key %2, in %3)</source>
        <translation>%1（键 %2，位于 %3）</translation>
    </message>
    <message>
        <source>Segment %1 lives in another IPC namespace: observing reads segments of ours only. Attach it instead.</source>
        <translation>段 %1 位于另一个 IPC 命名空间：观察只能读取本程序所在命名空间中的段。请改为附加它。</translation>
    </message>
    <message>
        <source>Attach Instead</source>
        <translation>改为附加</translation>
    </message>
    <message>
        <source>key, semid, owner or process</source>
        <translation>key、semid、属主或进程</translation>
    </message>
    <message>
        <source>key, msqid, owner or process</source>
        <translation>key、msqid、属主或进程</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>竞态</translation>
    </message>
    <message>
        <source>Two slow writers tear the lesson&apos;s record; then a semaphore of the same key cures it, step by step</source>
        <translation>两个慢速写者把课堂示例的记录写撕裂；然后用同一 key 的信号量一步步治好它</translation>
    </message>
</context>
<context>
    <name>app::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭这条消息</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>app::MessageQueueTableModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The messages are not shown: reading one with msgrcv() takes it off the queue, and a tool that only looks must not.</source>
        <translation>消息不会显示：用 msgrcv() 读取一条消息就会把它从队列中取走，而一个只用来查看的工具不能这样做。</translation>
    </message>
    <message>
        <source>IPC_PRIVATE: only processes given the msqid can use this queue.</source>
        <translation>IPC_PRIVATE：只有得知 msqid 的进程才能使用这个队列。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait to be received, %1 bytes in all.</source>
        <translation>
            <numerusform>有 %n 条消息等待接收，共 %1 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has sent a message with msgsnd() yet.</source>
        <translation>还没有人用 msgsnd() 发送过消息。</translation>
    </message>
    <message>
        <source>Process %1 made the last msgsnd() on this queue; it may have exited since.</source>
        <translation>进程 %1 最后一次对这个队列调用了 msgsnd()；它此后可能已经退出。</translation>
    </message>
    <message>
        <source>Nobody has received a message with msgrcv() yet.</source>
        <translation>还没有人用 msgrcv() 接收过消息。</translation>
    </message>
    <message>
        <source>Process %1 made the last msgrcv() on this queue; it may have exited since.</source>
        <translation>进程 %1 最后一次对这个队列调用了 msgrcv()；它此后可能已经退出。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>The key given to msgget(). 0x00000000 is IPC_PRIVATE.</source>
        <translation>传给 msgget() 的 key。0x00000000 表示 IPC_PRIVATE。</translation>
    </message>
    <message>
        <source>Msqid</source>
        <translation>Msqid</translation>
    </message>
    <message>
        <source>The id msgget() returned; msgsnd(), msgrcv() and msgctl() take it.</source>
        <translation>msgget() 返回的 id；msgsnd()、msgrcv() 和 msgctl() 使用它。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>属主</translation>
    </message>
    <message>
        <source>The user who owns the queue (uid), as ipcs shows it.</source>
        <translation>拥有这个队列的用户（uid），与 ipcs 显示的一致。</translation>
    </message>
    <message>
        <source>Perms</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Permission bits in octal: read (4) lets a process receive, write (2) lets it send.</source>
        <translation>八进制权限位：读（4）允许进程接收消息，写（2）允许进程发送消息。</translation>
    </message>
    <message>
        <source>Used bytes</source>
        <translation>已用字节</translation>
    </message>
    <message>
        <source>The bytes of the messages waiting in the queue (used-bytes). The messages are not shown: reading one takes it off the queue.</source>
        <translation>队列中等待的消息所占的字节数（used-bytes）。消息不会显示：读取一条消息就会把它从队列中取走。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>How many messages wait in the queue. They are not shown: reading one takes it off the queue.</source>
        <translation>队列中有多少条消息在等待。它们不会显示：读取一条消息就会把它从队列中取走。</translation>
    </message>
    <message>
        <source>Last sender</source>
        <translation>最后发送者</translation>
    </message>
    <message>
        <source>The process that made the last msgsnd() (lspid), and its command while it runs.</source>
        <translation>最后一次调用 msgsnd() 的进程（lspid），以及它运行期间的命令。</translation>
    </message>
    <message>
        <source>Last receiver</source>
        <translation>最后接收者</translation>
    </message>
    <message>
        <source>The process that made the last msgrcv() (lrpid), and its command while it runs.</source>
        <translation>最后一次调用 msgrcv() 的进程（lrpid），以及它运行期间的命令。</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>最后发送</translation>
    </message>
    <message>
        <source>When the last message was sent (stime).</source>
        <translation>最后一条消息的发送时间（stime）。</translation>
    </message>
    <message>
        <source>Last receive</source>
        <translation>最后接收</translation>
    </message>
    <message>
        <source>When the last message was received (rtime).</source>
        <translation>最后一条消息的接收时间（rtime）。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态改变</translation>
    </message>
    <message>
        <source>When it was created, or its owner, mode or size limit last changed (ctime).</source>
        <translation>创建时间，或属主、模式、大小上限最后一次修改的时间（ctime）。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>The user who created it (cuid).</source>
        <translation>创建它的用户（cuid）。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation>所属的组（gid）。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>The IPC namespace it lives in: each container has its own queues, numbered from 0, and ipcs shows only its own.</source>
        <translation>它所在的 IPC 命名空间：每个容器都有自己的队列，从 0 开始编号，而 ipcs 只显示自己所在命名空间的队列。</translation>
    </message>
</context>
<context>
    <name>app::NamespaceSelector</name>
    <message>
        <source>This namespace</source>
        <translation>本命名空间</translation>
    </message>
    <message>
        <source>ShmScope&apos;s own IPC namespace: the segments ipcs shows.</source>
        <translation>ShmScope 自己所在的 IPC 命名空间：即 ipcs 显示的段。</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>所有命名空间</translation>
    </message>
    <message>
        <source>Every IPC namespace of the machine: the host&apos;s and each container&apos;s.</source>
        <translation>本机的所有 IPC 命名空间：宿主机的和每个容器的。</translation>
    </message>
    <message>
        <source>IPC namespace</source>
        <translation>IPC 命名空间</translation>
    </message>
    <message>
        <source>Which IPC namespace the table lists. Each container (Docker, Podman, a Kubernetes pod) has its own list of segments, numbered from 0, and ipcs shows only the list of the namespace it runs in. Reading another namespace&apos;s list needs root (CAP_SYS_ADMIN).</source>
        <translation>表格列出哪个 IPC 命名空间。每个容器（Docker、Podman、Kubernetes pod）都有自己的段列表，从 0 开始编号，而 ipcs 只显示它所运行的命名空间中的列表。读取其他命名空间的列表需要 root（CAP_SYS_ADMIN）。</translation>
    </message>
</context>
<context>
    <name>app::NamespaceText</name>
    <message numerus="yes">
        <source>%1 (%n process(es))</source>
        <translation>
            <numerusform>%1（%n 个进程）</numerusform>
        </translation>
    </message>
    <message>
        <source>IPC namespace %1 (inode %2): ShmScope&apos;s own, the one ipcs shows.</source>
        <translation>IPC 命名空间 %1（inode %2）：ShmScope 自己所在的，即 ipcs 显示的。</translation>
    </message>
    <message>
        <source>IPC namespace %1 (inode %2).</source>
        <translation>IPC 命名空间 %1（inode %2）。</translation>
    </message>
    <message>
        <source>Container: %1 %2</source>
        <translation>容器：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) in it.</source>
        <translation>
            <numerusform>其中有 %n 个进程。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PosixObjectCommands</name>
    <message>
        <source>Created %1: %2</source>
        <translation>已创建 %1：%2</translation>
    </message>
    <message>
        <source>Select the objects to remove.</source>
        <translation>请选择要删除的对象。</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s): %1?</source>
        <translation>
            <numerusform>删除 %n 个对象：%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>This is shm_unlink(), what rm does to its file in /dev/shm. The name goes at once, and no shm_open() finds it any more.</source>
        <translation>这是 shm_unlink()，相当于对 /dev/shm 中的文件执行 rm。名称立即消失，shm_open() 再也找不到它。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) still map it or hold it open: the object lives on, unlinked, until the last one lets go.</source>
        <translation>
            <numerusform>仍有 %n 个进程映射它或打开着它：对象以已 unlink 的状态继续存在，直到最后一个进程放开它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is still mapped or open: it lives on, unlinked, until the last process lets go.</source>
        <translation>
            <numerusform>其中 %n 个仍被映射或打开：它以已 unlink 的状态继续存在，直到最后一个进程放开它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove POSIX Object</source>
        <translation>删除 POSIX 对象</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>app::PosixTableModel</name>
    <message>
        <source>POSIX</source>
        <translation>POSIX</translation>
    </message>
    <message>
        <source>POSIX, unlinked</source>
        <translation>POSIX，已 unlink</translation>
    </message>
    <message>
        <source>memfd</source>
        <translation>memfd</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>shm_open(&quot;%1&quot;) finds it, and its file is %2: it lives until shm_unlink() (or rm) removes the name, and then as long as a process still maps it or holds it open.</source>
        <translation>shm_open(&quot;%1&quot;) 能找到它，它的文件是 %2：它一直存在，直到 shm_unlink() (或 rm) 删除名称；之后只要还有进程映射它或打开着它，它就继续存在。</translation>
    </message>
    <message numerus="yes">
        <source>It was unlinked (shm_unlink) but lives on while %n process(es) map it or hold it open; it goes when the last one lets go. No shm_open() can find it any more.</source>
        <translation>
            <numerusform>它已被 unlink (shm_unlink)，但只要还有 %n 个进程映射它或打开着它，它就继续存在；最后一个进程放开它时它才消失。shm_open() 再也找不到它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A memfd never had a name in /dev/shm: memfd_create() made it, and processes share it by passing its descriptor (over a socket, or to a child). It lives while %n process(es) map it or hold it open; it goes when the last one lets go.</source>
        <translation>
            <numerusform>memfd 在 /dev/shm 中从来没有名称：它由 memfd_create() 创建，进程通过传递其描述符 (经由套接字，或传给子进程) 来共享它。只要还有 %n 个进程映射它或打开着它，它就存在；最后一个进程放开它时它才消失。</numerusform>
        </translation>
    </message>
    <message>
        <source>A POSIX named semaphore: sem_open(&quot;%1&quot;) made it, and glibc keeps its sem_t in %2. sem_unlink() removes it.</source>
        <translation>POSIX 命名信号量：由 sem_open(&quot;%1&quot;) 创建，glibc 把它的 sem_t 保存在 %2 中。sem_unlink() 删除它。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name is not valid UTF-8: remove it from a shell (rm %1).</source>
        <translation>它的名称不是有效的 UTF-8：请在 shell 中删除它 (rm %1)。</translation>
    </message>
    <message>
        <source>It was unlinked already: it has no name left to remove, and goes when the last process lets go of it.</source>
        <translation>它已经被 unlink：没有可删除的名称了，最后一个进程放开它时它就会消失。</translation>
    </message>
    <message>
        <source>A memfd has no name to remove: it goes when the last process lets go of it.</source>
        <translation>memfd 没有可删除的名称：最后一个进程放开它时它就会消失。</translation>
    </message>
    <message>
        <source>A semaphore is removed with sem_unlink(), which ShmScope does not make.</source>
        <translation>信号量要用 sem_unlink() 删除，ShmScope 不进行这个调用。</translation>
    </message>
    <message>
        <source>Not known: only a mapping of it was seen, and the file behind a mapping may be looked at (through /proc/PID/map_files) only with CAP_SYS_ADMIN.</source>
        <translation>未知：只看到了它的映射，而映射背后的文件只有具备 CAP_SYS_ADMIN 才能 (通过 /proc/PID/map_files) 查看。</translation>
    </message>
    <message>
        <source>%1: the file&apos;s size, which ftruncate() set.</source>
        <translation>%1：文件的大小，由 ftruncate() 设定。</translation>
    </message>
    <message>
        <source>uid %1, gid %2: the process that made it, or a later fchown().</source>
        <translation>uid %1，gid %2：创建它的进程，或之后的 fchown()。</translation>
    </message>
    <message>
        <source>The mode given to shm_open() (less the umask), or a later fchmod(): owner, group, others; read 4, write 2.</source>
        <translation>传给 shm_open() 的权限 (去掉 umask)，或之后的 fchmod()：所有者、组、其他人；读 4，写 2。</translation>
    </message>
    <message>
        <source>No process maps it or holds it open now.</source>
        <translation>现在没有进程映射它或打开着它。</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be read (their maps and descriptors are not yours to read): they may hold it too.</source>
        <translation>
            <numerusform>%n 个进程无法读取 (你无权读取它们的映射和描述符)：它们也可能持有它。</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no path: see its kind.</source>
        <translation>它没有路径：请看它的类型。</translation>
    </message>
    <message>
        <source>Its file: ls -l %1 shows it, as this row does.</source>
        <translation>它的文件：ls -l %1 会显示它，与这一行相同。</translation>
    </message>
    <message>
        <source>Device %1, inode %2: what tells this object from any other, whatever its name.</source>
        <translation>设备 %1，inode %2：无论名称如何，凭此区分这个对象与其他对象。</translation>
    </message>
    <message>
        <source>sem_wait() takes one from the count, and waits while it is 0; sem_post() gives one.</source>
        <translation>sem_wait() 从计数中取走一，计数为 0 时等待；sem_post() 加一。</translation>
    </message>
    <message>
        <source>Not known: the file may not be read, or is not a sem_t of the layout we know.</source>
        <translation>未知：文件不可读，或不是我们所知布局的 sem_t。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The name given to shm_open() or sem_open(), with its leading /; memfd:NAME for a memfd (a label for people: two memfds may share one).</source>
        <translation>传给 shm_open() 或 sem_open() 的名称，带开头的 /；memfd 显示为 memfd:NAME (只是给人看的标签：两个 memfd 可以同名)。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>POSIX: a file of /dev/shm made by shm_open(). POSIX, unlinked: removed with shm_unlink() but still mapped or open, so it lives on. memfd: made by memfd_create(), never named in /dev/shm. semaphore: a sem_open() semaphore.</source>
        <translation>POSIX：shm_open() 在 /dev/shm 中创建的文件。POSIX，已 unlink：已用 shm_unlink() 删除，但仍被映射或打开，所以继续存在。memfd：由 memfd_create() 创建，在 /dev/shm 中从无名称。信号量：sem_open() 创建的信号量。</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>The size in bytes, which ftruncate() sets; ? when it cannot be known.</source>
        <translation>以字节计的大小，由 ftruncate() 设定；无法得知时显示 ?。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>The user who owns the file (uid).</source>
        <translation>拥有该文件的用户 (uid)。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation>所属组 (gid)。</translation>
    </message>
    <message>
        <source>Perms</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Permission bits in octal: owner, group, others (read 4, write 2).</source>
        <translation>八进制权限位：所有者、组、其他人 (读 4，写 2)。</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>持有者</translation>
    </message>
    <message>
        <source>How many processes map it or hold a descriptor to it now; the processes we may not read are counted apart.</source>
        <translation>现在有多少进程映射它或持有它的描述符；无权读取的进程另行计数。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Its file in /dev/shm; none for a memfd or an unlinked object.</source>
        <translation>它在 /dev/shm 中的文件；memfd 或已 unlink 的对象没有。</translation>
    </message>
    <message>
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <source>The file&apos;s inode number: with the device, what names the object, whatever its name.</source>
        <translation>文件的 inode 号：与设备号一起标识该对象，无论名称如何。</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>When its bytes or size last changed (mtime).</source>
        <translation>内容或大小最后一次改变的时间 (mtime)。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态改变</translation>
    </message>
    <message>
        <source>When it was made, or its owner, mode or size last changed (ctime).</source>
        <translation>创建时间，或所有者、权限、大小最后一次改变的时间 (ctime)。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>A semaphore&apos;s count: sem_post() adds one, sem_wait() takes one.</source>
        <translation>信号量的计数：sem_post() 加一，sem_wait() 减一。</translation>
    </message>
    <message>
        <source>%1, orphan</source>
        <translation>%1，孤儿</translation>
    </message>
    <message>
        <source>orphan: no process maps it or holds it open, and nobody will let go of it: it stays, costing its bytes, until someone unlinks it.</source>
        <translation>孤儿：没有进程映射它或打开着它，也就不会有进程放开它：它会一直存在并占用空间，直到有人 unlink 它。</translation>
    </message>
    <message>
        <source>Likely user</source>
        <translation>可能的使用者</translation>
    </message>
    <message>
        <source>The program that most likely uses it, told by its name, who holds it and its first bytes; the tooltip gives the evidence.</source>
        <translation>最可能使用它的程序，根据名称、持有者和开头的字节判断；工具提示给出证据。</translation>
    </message>
</context>
<context>
    <name>app::PosixTableView</name>
    <message>
        <source>POSIX shared memory objects</source>
        <translation>POSIX 共享内存对象</translation>
    </message>
</context>
<context>
    <name>app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Write frozen fields back every:</source>
        <translation>冻结字段写回间隔(&amp;W)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>How often a frozen field is read and, when another process changed it, written back with our value. Shorter holds it more firmly and costs more.</source>
        <translation>多久读取一次冻结的字段；若其他进程改了它，就写回我们的值。间隔越短，冻结得越牢，开销也越大。</translation>
    </message>
    <message>
        <source>Memory scanners write frozen values back every 100 to 500 ms. Applies to every open tab at once.</source>
        <translation>内存修改工具通常每 100 到 500 毫秒写回一次冻结的值。更改立即作用于所有打开的标签页。</translation>
    </message>
    <message>
        <source>&amp;Recorder memory per tab:</source>
        <translation>每个标签页的记录器内存(&amp;R)：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>How much memory the recorder of each tab may keep for the time slider. When it is full, the oldest changes are dropped first.</source>
        <translation>每个标签页的记录器为时间滑块最多保留多少内存。用满后，最早的变化先被丢弃。</translation>
    </message>
    <message>
        <source>The recorder keeps only the bytes that changed, of the part of the segment on screen, and tells how far back it reaches on the time slider.</source>
        <translation>记录器只保留屏幕上那部分段中发生变化的字节，并在时间滑块上显示能回溯多远。</translation>
    </message>
</context>
<context>
    <name>app::RaceLesson</name>
    <message>
        <source>shmdemo was not found beside shmscope or on PATH: the race&apos;s writers are the shmdemo program.</source>
        <translation>在 shmscope 旁边和 PATH 中都没有找到 shmdemo：竞态演示的写者就是 shmdemo 程序。</translation>
    </message>
    <message>
        <source>The race is running: stop it first (step 3).</source>
        <translation>竞态演示正在运行：请先停止它（第 3 步）。</translation>
    </message>
    <message>
        <source>Segment %1 could not be shown: see the message above the table.</source>
        <translation>无法显示段 %1：请看表格上方的消息。</translation>
    </message>
    <message>
        <source>Start the writers without a lock first (step 1).</source>
        <translation>请先启动不加锁的写者（第 1 步）。</translation>
    </message>
    <message>
        <source>The race&apos;s segment is no longer shown: start again from step 1.</source>
        <translation>竞态演示的段已不再显示：请从第 1 步重新开始。</translation>
    </message>
    <message>
        <source>Writer &quot;%1&quot; %2.</source>
        <translation>写者“%1”%2。</translation>
    </message>
</context>
<context>
    <name>app::RacePane</name>
    <message>
        <source>Race</source>
        <translation>竞态</translation>
    </message>
    <message>
        <source>Two programs write the lesson&apos;s record at the same time, slowly, a byte at a time, as a slow machine would. Each writes its pid into pid and at both ends of names[] (&quot;4242:Alice 3:4242&quot;): a record whose pids disagree holds bytes of two writes. It is torn.</source>
        <translation>两个程序同时写课堂示例的记录，而且写得很慢，一次一个字节，就像在一台很慢的机器上。每个写者把自己的 pid 写进 pid，也写在 names[] 的两端（&quot;4242:Alice 3:4242&quot;）：如果记录里的 pid 互不相符，它就含有两次写入的字节——它被撕裂了。</translation>
    </message>
    <message>
        <source>&amp;1. Race Without a Lock</source>
        <translation>1. 不加锁竞争(&amp;1)</translation>
    </message>
    <message>
        <source>Runs shmdemo write Alice --slow and shmdemo write Bob --slow on the lesson&apos;s key, and shows the segment</source>
        <translation>在课堂示例的 key 上运行 shmdemo write Alice --slow 和 shmdemo write Bob --slow，并显示这个段</translation>
    </message>
    <message>
        <source>&amp;2. Add the Lock</source>
        <translation>2. 加上锁(&amp;2)</translation>
    </message>
    <message>
        <source>Starts the writers again with --lock: each takes the semaphore of the same key around its write, and the window around its reads</source>
        <translation>用 --lock 重新启动写者：每个写者在写入前后占用和归还同一 key 的信号量，本窗口在读取前后也这样做</translation>
    </message>
    <message>
        <source>&amp;3. Stop and Clean Up</source>
        <translation>3. 停止并清理(&amp;3)</translation>
    </message>
    <message>
        <source>Stops the writers and removes the segment and the semaphore set the race made</source>
        <translation>停止写者，并删除竞态演示创建的段和信号量集</translation>
    </message>
    <message>
        <source>&amp;Keep the segment and the set</source>
        <translation>保留段和信号量集(&amp;K)</translation>
    </message>
    <message>
        <source>Stop the writers but leave the segment and the semaphore set, to look at them</source>
        <translation>停止写者，但保留段和信号量集，以便查看</translation>
    </message>
    <message>
        <source>What the race&apos;s writers print</source>
        <translation>竞态演示的写者输出的内容</translation>
    </message>
    <message>
        <source>The writers are stopping. Then the window makes the semaphore of the same key, with the value 1, and starts them again with --lock.</source>
        <translation>写者正在停止。随后窗口会创建同一 key 的信号量，值为 1，再用 --lock 重新启动它们。</translation>
    </message>
    <message>
        <source>The writers are stopping. Then the segment and the semaphore set are removed, unless you keep them.</source>
        <translation>写者正在停止。随后会删除段和信号量集，除非你选择保留。</translation>
    </message>
    <message>
        <source>Step 1 starts two writers, Alice and Bob, without a lock, and shows their segment: watch the struct pane and the count of torn records below.</source>
        <translation>第 1 步不加锁地启动 Alice 和 Bob 两个写者，并显示它们的段：请注意结构窗格和下面的撕裂记录计数。</translation>
    </message>
    <message>
        <source>Step 1: Alice and Bob write without a lock. When one starts before the other has finished, or the window reads in the middle of a write, the record is torn. Step 2 adds the lock.</source>
        <translation>第 1 步：Alice 和 Bob 不加锁地写。一个还没写完另一个就开始写，或者窗口在写到一半时读取，记录就会被撕裂。第 2 步加上锁。</translation>
    </message>
    <message>
        <source>Step 2: each writer takes the semaphore of the same key before it writes (semop -1, SEM_UNDO) and gives it back after (+1); the window takes it around its reads too, and skips a read while a writer holds it. No new record is torn.</source>
        <translation>第 2 步：每个写者在写之前占用同一 key 的信号量（semop -1，SEM_UNDO），写完后归还（+1）；窗口读取前后也占用它，写者持有它时窗口就跳过这次读取。不再有新的记录被撕裂。</translation>
    </message>
    <message>
        <source>Step 3: the writers have ended, and what the race made is removed (IPC_RMID) unless you kept it. Step 1 runs the race again.</source>
        <translation>第 3 步：写者已经结束，竞态演示创建的对象已被删除（IPC_RMID），除非你选择了保留。第 1 步可以再演示一次。</translation>
    </message>
    <message>
        <source>Reads of the record: %1 · torn records seen: %2 · new torn records since the lock: %3 · reads skipped while a writer held the lock: %4</source>
        <translation>读取记录：%1 次 · 见到的撕裂记录：%2 个 · 加锁后新的撕裂记录：%3 个 · 写者持锁时跳过的读取：%4 次</translation>
    </message>
</context>
<context>
    <name>app::SegmentDocument</name>
    <message numerus="yes">
        <source>Type %n byte(s) at 0x%1</source>
        <translation>
            <numerusform>在 0x%1 处键入 %n 个字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has shrunk to %n byte(s) since it was opened: there is nothing at offset %2 to edit.</source>
        <translation>
            <numerusform>%1 自打开以来已缩小到 %n 字节：偏移 %2 处没有可编辑的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes shown are those of %1, not now: press Back to Live to edit.</source>
        <translation>显示的是 %1 时的字节，而非当前的：按“返回实时”即可编辑。</translation>
    </message>
</context>
<context>
    <name>app::SegmentTab</name>
    <message>
        <source>Attached segment %1</source>
        <translation>已附加的段 %1</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>RO</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <source>Live refresh</source>
        <translation>实时刷新</translation>
    </message>
    <message>
        <source>Re-read the bytes on screen on a timer and light up what changed</source>
        <translation>定时重新读取屏幕上的字节，并高亮显示变化的地方</translation>
    </message>
    <message>
        <source>Refresh period in milliseconds</source>
        <translation>刷新周期（毫秒）</translation>
    </message>
    <message>
        <source>Bytes per line</source>
        <translation>每行字节数</translation>
    </message>
    <message>
        <source>Bytes per group</source>
        <translation>每组字节数</translation>
    </message>
    <message>
        <source>An extra space after this many bytes; 0 for none</source>
        <translation>每隔这么多字节多加一个空格；0 表示不分组</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>&amp;Bytes per line:</source>
        <translation>每行字节数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;grouped by</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>bytes in hex (42 6f 62) or text</source>
        <translation>十六进制字节（42 6f 62）或文本</translation>
    </message>
    <message>
        <source>Find as</source>
        <translation>查找方式</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
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
        <source>&amp;Go to Offset…</source>
        <translation>转到偏移(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Copy as &amp;Hex</source>
        <translation>复制为十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>复制为文本(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as &amp;C Array</source>
        <translation>复制为 C 数组(&amp;C)</translation>
    </message>
    <message>
        <source>Our attach counts in nattch, and ShmScope becomes the segment&apos;s lpid.</source>
        <translation>我们的这次附加也计入 nattch，ShmScope 也会成为这个段的 lpid。</translation>
    </message>
    <message>
        <source>Removed (dest): the kernel keeps it until the last process, maybe us, detaches.</source>
        <translation>已删除（dest）：内核会一直保留它，直到最后一个进程（可能就是我们）分离。</translation>
    </message>
    <message>
        <source>Segment %1 no longer exists, or its id now names another segment: these are the bytes of the segment we attached. Close the tab to detach.</source>
        <translation>段 %1 已不存在，或者它的 id 现在指向另一个段：这里显示的是我们当初附加的那个段的字节。关闭此标签页即可分离。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), last at %1</source>
        <translation>
            <numerusform>%n 次变化，最近一次在 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes seen yet</source>
        <translation>尚未发现变化</translation>
    </message>
    <message>
        <source>Go to Offset</source>
        <translation>转到偏移</translation>
    </message>
    <message>
        <source>Offset, in hex (0x10) or decimal (16), below %1:</source>
        <translation>偏移，十六进制（0x10）或十进制（16），须小于 %1：</translation>
    </message>
    <message>
        <source>%1 is not in the segment.</source>
        <translation>段中找不到 %1。</translation>
    </message>
    <message>
        <source>The layout %1, last used for this key, could not be read again: %2</source>
        <translation>无法再次读取这个 key 上次使用的布局 %1：%2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Another process changed the bytes at 0x%1 after our edit: we wrote %2, the segment now holds %3. Undo anyway and overwrite them?</source>
        <translation>在我们编辑之后，另一个进程修改了 0x%1 处的字节：我们写入的是 %2，段中现在是 %3。仍要撤销并覆盖它们吗？</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation>毫秒</translation>
    </message>
    <message numerus="yes">
        <source>Offset %1 is past the end: the segment has %2 byte(s) (0 to %3).</source>
        <translation>
            <numerusform>偏移 %1 超出了末尾：这个段共有 %2 字节（0 到 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The mode of segment %1 no longer lets you (uid %2) read it. These bytes are still live, as our attach keeps the access it was given, but whether the segment is removed can no longer be seen.</source>
        <translation>段 %1 的权限已不再允许你（uid %2）读取它。这些字节仍是实时的，因为我们的连接保留了当初获得的访问权，但已无法再看出该段是否已被删除。</translation>
    </message>
    <message>
        <source>Changes other processes made to the bytes on screen, lit in amber (magenta in presentation mode). Our own edits and undos are lit in green and not counted.</source>
        <translation>其他进程对屏幕上字节的修改，以琥珀色标出（演示模式下为品红色）。我们自己的编辑和撤销以绿色标出，不计入次数。</translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · attached read-write at %4</source>
        <translation>段 %1 · 键值 %2 · %3 · 以读写方式连接于 %4</translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · attached read-only at %4</source>
        <translation>段 %1 · 键值 %2 · %3 · 以只读方式连接于 %4</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation>取消搜索</translation>
    </message>
    <message>
        <source>searching… %1 %</source>
        <extracomment>A search in progress, with the part of the segment searched so far.</extracomment>
        <translation>正在搜索… %1 %</translation>
    </message>
    <message>
        <source>The find box holds fewer than %1 characters, and a longer paste is cut there: search for a shorter part of it.</source>
        <translation>查找框最多容纳 %1 个字符，更长的粘贴内容会在那里被截断：请搜索其中较短的一部分。</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <source>Mapped object %1</source>
        <translation>已映射的对象 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mapped read-write at %4</source>
        <translation>%1 · %2 · %3 · 以读写方式映射于 %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mapped read-only at %4</source>
        <translation>%1 · %2 · %3 · 以只读方式映射于 %4</translation>
    </message>
    <message>
        <source>Unlinked: its name is gone, but the kernel keeps the object until the last process, maybe us, unmaps it and closes it.</source>
        <translation>已 unlink：它的名称已消失，但内核会保留该对象，直到最后一个进程 (也许就是我们) 解除映射并关闭它。</translation>
    </message>
    <message>
        <source>Our mapping and descriptor make ShmScope one of its holders.</source>
        <translation>我们的映射和描述符使 ShmScope 成为它的持有者之一。</translation>
    </message>
    <message numerus="yes">
        <source>The object shrank to %n byte(s); showing what is left.</source>
        <extracomment>Another process made the POSIX object smaller (ftruncate) while the tab shows it.</extracomment>
        <translation>
            <numerusform>对象已缩小到 %n 字节；显示剩下的部分。</numerusform>
        </translation>
    </message>
    <message>
        <source>A pattern of %1 bytes cannot be in %2, which has %3.</source>
        <translation>%1 字节的模式不可能出现在只有 %3 的 %2 中。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>A tab title of a segment of another namespace: &quot;3 (0x00001234) RO in container docker 3f2a1b9c7d10&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <extracomment>The headline of a segment of another IPC namespace, then where it lives.</extracomment>
        <translation>%1 · 位于 %2</translation>
    </message>
    <message>
        <source>&amp;Watch as Number</source>
        <translation>作为数值监视(&amp;W)</translation>
    </message>
    <message>
        <source>Free&amp;ze Selection</source>
        <translation>冻结所选内容(&amp;Z)</translation>
    </message>
    <message>
        <source>Unfreeze Se&amp;lection</source>
        <translation>解冻所选内容(&amp;L)</translation>
    </message>
    <message>
        <source>pid %1 exited or unmapped segment %2: no process holds it to read through. %3</source>
        <translation>pid %1 已退出或已取消映射段 %2：已没有持有它的进程可供读取。%3</translation>
    </message>
    <message>
        <source>Our map_files mapping still shows its bytes.</source>
        <translation>本程序通过 map_files 建立的映射仍显示着它的字节。</translation>
    </message>
    <message>
        <source>The bytes shown are the last ones read.</source>
        <translation>显示的是最后一次读取到的字节。</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>bytes 0x%1-0x%2</source>
        <extracomment>What a message calls frozen bytes of the hex view: &quot;bytes 0x4-0x36&quot;.</extracomment>
        <translation>字节 0x%1-0x%2</translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · %4, read-write</source>
        <extracomment>&quot;Segment 32768 · key 0x00001234 · 56 bytes · observing through pid 1234 (shmdemo), map_files, read-only&quot;</extracomment>
        <translation>段 %1 · key %2 · %3 · %4，读写</translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · %4, read-only</source>
        <translation>段 %1 · key %2 · %3 · %4，只读</translation>
    </message>
    <message>
        <source>%1 · %2 · taken %3 · read-only</source>
        <extracomment>A snapshot opened alone: &quot;snapshot of segment 32768 (st.shmsnap) · 56 bytes · taken 2026-12-03 ...&quot;.</extracomment>
        <translation>%1 · %2 · 拍摄于 %3 · 只读</translation>
    </message>
    <message>
        <source>Removed (dest): the kernel keeps it until the last process that maps it detaches; we do not.</source>
        <translation>已删除（dest）：内核会保留它，直到最后一个映射它的进程分离；本程序不会留住它。</translation>
    </message>
    <message>
        <source>Segment %1 no longer exists, or its id now names another segment: these are the bytes of the segment we observed.</source>
        <translation>段 %1 已不存在，或其 id 现在指向另一个段：这里显示的是我们所观察的那个段的字节。</translation>
    </message>
    <message>
        <source>Not attached: nattch, lpid and atime stay as they were, and a removed segment is not kept alive by us.</source>
        <translation>未附加：nattch、lpid 和 atime 保持不变，已删除的段也不会因本程序而继续存在。</translation>
    </message>
    <message>
        <source>&amp;Checksums and Statistics…</source>
        <translation>校验和与统计(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark…</source>
        <translation>添加书签(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Next Bookmark</source>
        <translation>下一个书签(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Bookmark</source>
        <translation>上一个书签(&amp;P)</translation>
    </message>
    <message>
        <source>Save &amp;Bytes to File…</source>
        <translation>将字节保存到文件(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Load File at Cursor…</source>
        <translation>在光标处载入文件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Fill Selection…</source>
        <translation>填充选区(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 has no bytes: there is nothing to checksum.</source>
        <translation>%1 没有任何字节：没有可计算校验和的内容。</translation>
    </message>
    <message>
        <source>No bookmarks yet: select bytes and add one with Ctrl+D.</source>
        <translation>还没有书签：选中字节后按 Ctrl+D 添加一个。</translation>
    </message>
    <message>
        <source>Every bookmark of this key lies past the end of this segment.</source>
        <translation>此 key 的所有书签都超出了这个段的末尾。</translation>
    </message>
</context>
<context>
    <name>app::SegmentTableModel</name>
    <message>
        <source>%1 of %2 visible</source>
        <translation>共 %2 个，可见 %1 个</translation>
    </message>
    <message>
        <source>Created with key %1. After IPC_RMID the kernel shows key 0x00000000, so no new shmget() can find this segment.</source>
        <translation>创建时的 key 是 %1。IPC_RMID 之后内核显示的 key 为 0x00000000，因此新的 shmget() 再也找不到这个段。</translation>
    </message>
    <message>
        <source>IPC_PRIVATE: only processes given the shmid can attach.</source>
        <translation>IPC_PRIVATE：只有得知 shmid 的进程才能附加。</translation>
    </message>
    <message numerus="yes">
        <source>dest: removed with IPC_RMID, but still attached by %n process(es). The memory is freed when the last one detaches.</source>
        <translation>
            <numerusform>dest：已用 IPC_RMID 删除，但仍有 %n 个进程附加着它。最后一个进程分离时内存才会释放。</numerusform>
        </translation>
    </message>
    <message>
        <source>locked: SHM_LOCK keeps the pages in memory, never swapped.</source>
        <translation>locked：SHM_LOCK 让这些页常驻内存，永不换出。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Shmid</source>
        <translation>shmid</translation>
    </message>
    <message>
        <source>The id shmget() returned; shmat() and shmctl() take it.</source>
        <translation>shmget() 返回的 id；shmat() 和 shmctl() 使用它。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>The user who owns the segment (uid), as ipcs shows it.</source>
        <translation>拥有这个段的用户（uid），与 ipcs 显示的一致。</translation>
    </message>
    <message>
        <source>Perms</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Permission bits in octal: owner, group, others (read 4, write 2).</source>
        <translation>八进制权限位：所有者、组、其他用户（读 4，写 2）。</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>The size asked of shmget(), in bytes.</source>
        <translation>向 shmget() 申请的大小，以字节计。</translation>
    </message>
    <message>
        <source>Nattch</source>
        <translation>nattch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The size, readable.</source>
        <translation>大小（易读格式）。</translation>
    </message>
    <message>
        <source>Cpid</source>
        <translation>cpid</translation>
    </message>
    <message>
        <source>The process that created the segment.</source>
        <translation>创建这个段的进程。</translation>
    </message>
    <message>
        <source>Lpid</source>
        <translation>lpid</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附加进程</translation>
    </message>
    <message>
        <source>The processes that have it attached now (command and pid).</source>
        <translation>当前附加着它的进程（命令和 pid）。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态改变</translation>
    </message>
    <message>
        <source>When it was created, or its owner or mode last changed (ctime).</source>
        <translation>创建时间，或所有者、模式最后一次修改的时间（ctime）。</translation>
    </message>
    <message>
        <source>Attach time</source>
        <translation>附加时间</translation>
    </message>
    <message>
        <source>The last shmat() (atime).</source>
        <translation>最后一次 shmat()（atime）。</translation>
    </message>
    <message>
        <source>Detach time</source>
        <translation>分离时间</translation>
    </message>
    <message>
        <source>The last shmdt() (dtime).</source>
        <translation>最后一次 shmdt()（dtime）。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>The user who created it (cuid).</source>
        <translation>创建它的用户（cuid）。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation>所属的组（gid）。</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Bytes of it held in memory now.</source>
        <translation>当前驻留在内存中的字节数。</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Bytes of it swapped out.</source>
        <translation>已换出的字节数。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) in force now: each shmat() adds one; shmdt(), exit and exec take one away.</source>
        <translation>
            <numerusform>当前有 %n 个有效的附加：每次 shmat() 加一；shmdt()、exit 和 exec 各减一。</numerusform>
        </translation>
    </message>
    <message>
        <source>Process %1 created this segment with shmget(); it may have exited since.</source>
        <translation>进程 %1 用 shmget() 创建了这个段；它此后可能已经退出。</translation>
    </message>
    <message>
        <source>Nobody has attached it yet.</source>
        <translation>还没有进程附加过它。</translation>
    </message>
    <message>
        <source>Process %1 made the last shmat() or shmdt() on this segment.</source>
        <translation>进程 %1 对这个段执行了最后一次 shmat() 或 shmdt()。</translation>
    </message>
    <message>
        <source>The key given to shmget(). 0x00000000 is IPC_PRIVATE, or a segment removed with IPC_RMID while still attached: the kernel hides its key so that no new shmget() finds it.</source>
        <translation>传给 shmget() 的 key。0x00000000 表示 IPC_PRIVATE，或者是仍被附加时就用 IPC_RMID 删除的段：内核隐藏了它的 key，使新的 shmget() 找不到它。</translation>
    </message>
    <message>
        <source>How many attachments are in force now, in all processes: shmat() adds one; shmdt(), exit and exec take one away.</source>
        <translation>所有进程中当前有效的附加数：shmat() 加一；shmdt()、exit 和 exec 各减一。</translation>
    </message>
    <message>
        <source>Empty while in use. dest: removed with IPC_RMID but still attached, freed at the last detach; locked: held in memory by SHM_LOCK.</source>
        <translation>使用中时为空。dest：已用 IPC_RMID 删除但仍被附加，最后一次分离时释放；locked：被 SHM_LOCK 锁定在内存中。</translation>
    </message>
    <message>
        <source>The process that made the last shmat() or shmdt(); it need not be attached now.</source>
        <translation>最后一次执行 shmat() 或 shmdt() 的进程；它现在不一定还附加着。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) belong to processes whose memory maps we may not read.</source>
        <translation>
            <numerusform>有 %n 个附加属于我们无权读取其内存映射的进程。</numerusform>
        </translation>
    </message>
    <message>
        <source>orphan: nobody has it attached and its creator (pid %1) has exited. Nothing will ever detach it: it stays, costing its bytes, until someone removes it.</source>
        <translation>孤儿：没有进程附加它，其创建者（pid %1）也已退出。不会再有进程分离它：它会一直存在并占用空间，直到有人删除它。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>The IPC namespace it lives in: each container has its own list of segments, numbered from 0, and ipcs shows only its own. Named by its container, or by its inode as /proc/PID/ns/ipc reads it.</source>
        <translation>它所在的 IPC 命名空间：每个容器都有自己的段列表，从 0 开始编号，而 ipcs 只显示自己所在命名空间的段。以容器命名，或以 /proc/PID/ns/ipc 读出的 inode 命名。</translation>
    </message>
    <message>
        <source>Likely user</source>
        <translation>可能的使用者</translation>
    </message>
    <message>
        <source>The program that most likely uses it, told by who attaches it, its key, size and first bytes; the tooltip gives the evidence.</source>
        <translation>最可能使用它的程序，根据附加它的进程、key、大小和开头的字节判断；工具提示给出证据。</translation>
    </message>
    <message>
        <source>orphan</source>
        <translation>孤儿</translation>
    </message>
    <message>
        <source>%1, orphan</source>
        <translation>%1，孤儿</translation>
    </message>
</context>
<context>
    <name>app::SemaphoreSetTableModel</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个在等待</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits in semop() on this set</source>
        <translation>%1 在这个信号量集上的 semop() 中等待</translation>
    </message>
    <message>
        <source>%1 waits for semaphore %2 to increase</source>
        <translation>%1 在等待信号量 %2 增大</translation>
    </message>
    <message>
        <source>%1 waits for semaphore %2 to become zero</source>
        <translation>%1 在等待信号量 %2 变为零</translation>
    </message>
    <message>
        <source>%1 waits on semaphore %2</source>
        <translation>%1 在等待信号量 %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>IPC_PRIVATE: only processes given the semid can use this set.</source>
        <translation>IPC_PRIVATE：只有得知 semid 的进程才能使用这个信号量集。</translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation>无法读取信号量的值：%1</translation>
    </message>
    <message>
        <source>semaphore %1 = %2, last semop() by pid %3</source>
        <translation>信号量 %1 = %2，最后一次 semop() 由 pid %3 执行</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) the kernel counts as waiting (ncnt + zcnt) could not be named from /proc.</source>
        <translation>
            <numerusform>内核计为等待中（ncnt + zcnt）的 %n 个进程无法从 /proc 中识别出来。</numerusform>
        </translation>
    </message>
    <message>
        <source>No process has called semop() on this set yet.</source>
        <translation>还没有进程对这个信号量集调用过 semop()。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>The key given to semget(). 0x00000000 is IPC_PRIVATE. A segment with the same key is usually the memory this set guards.</source>
        <translation>传给 semget() 的 key。0x00000000 表示 IPC_PRIVATE。key 相同的段通常就是这个信号量集所保护的内存。</translation>
    </message>
    <message>
        <source>Semid</source>
        <translation>Semid</translation>
    </message>
    <message>
        <source>The id semget() returned; semop() and semctl() take it.</source>
        <translation>semget() 返回的 id；semop() 和 semctl() 使用它。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>属主</translation>
    </message>
    <message>
        <source>The user who owns the set (uid), as ipcs shows it.</source>
        <translation>拥有这个信号量集的用户（uid），与 ipcs 显示的一致。</translation>
    </message>
    <message>
        <source>Perms</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Permission bits in octal: read (4) lets a process look at the values, alter (2) lets it change them with semop() or semctl().</source>
        <translation>八进制权限位：读（4）允许进程查看这些值，修改（2）允许进程用 semop() 或 semctl() 更改它们。</translation>
    </message>
    <message>
        <source>Nsems</source>
        <translation>Nsems</translation>
    </message>
    <message>
        <source>How many semaphores the set holds, fixed by semget().</source>
        <translation>信号量集包含的信号量个数，由 semget() 确定，不可更改。</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Each semaphore&apos;s value, in order (semctl GETALL). A lock is 1 when free and 0 when taken.</source>
        <translation>按顺序列出每个信号量的值（semctl GETALL）。锁空闲时为 1，被占用时为 0。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>The processes blocked in semop() on this set: waiting for a value to increase (ncnt) or to become zero (zcnt).</source>
        <translation>在这个信号量集上阻塞于 semop() 的进程：等待某个值增大（ncnt）或变为零（zcnt）。</translation>
    </message>
    <message>
        <source>Last semop</source>
        <translation>最后一次 semop</translation>
    </message>
    <message>
        <source>When a process last called semop() on the set (otime).</source>
        <translation>最后一次有进程对该信号量集调用 semop() 的时间（otime）。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态改变</translation>
    </message>
    <message>
        <source>When it was created, or a value was set or its owner or mode changed with semctl() (ctime).</source>
        <translation>创建时间，或用 semctl() 设置值、修改属主或模式的时间（ctime）。</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>The user who created it (cuid).</source>
        <translation>创建它的用户（cuid）。</translation>
    </message>
    <message>
        <source>Creator group</source>
        <translation>创建者组</translation>
    </message>
    <message>
        <source>The group of the user who created it (cgid).</source>
        <translation>创建它的用户所在的组（cgid）。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation>所属的组（gid）。</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>The IPC namespace it lives in: each container has its own sets, numbered from 0, and ipcs shows only its own.</source>
        <translation>它所在的 IPC 命名空间：每个容器都有自己的信号量集，从 0 开始编号，而 ipcs 只显示自己所在命名空间的信号量集。</translation>
    </message>
</context>
<context>
    <name>app::SemaphoreStrip</name>
    <message>
        <source>nobody waits</source>
        <translation>无人等待</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>%1 waits for sem %2 to be 0</source>
        <translation>%1 在等 sem %2 变为 0</translation>
    </message>
    <message>
        <source>%1 waits for sem %2 to increase</source>
        <translation>%1 在等 sem %2 增加</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>等待中：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for sem %1 to increase</source>
        <translation>
            <numerusform>%n 个进程在等 sem %1 增加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for sem %1 to be 0</source>
        <translation>
            <numerusform>%n 个进程在等 sem %1 变为 0</numerusform>
        </translation>
    </message>
    <message>
        <source>Semaphore set %1 of the same key %2:</source>
        <translation>同一 key %2 的信号量集 %1：</translation>
    </message>
    <message>
        <source>sem %1 = %2</source>
        <extracomment>One semaphore of the set and its value: &quot;sem 0 = 1&quot;.</extracomment>
        <translation>sem %1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>（另有 %n 个未显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>The System V semaphore set with this segment&apos;s key: the lesson&apos;s lock. Its values are read at each tick (semctl GETALL) and lit when they change; who waits comes from the processes blocked in semop().</source>
        <translation>与这个段 key 相同的 System V 信号量集：课堂示例的锁。每次刷新都会读取它的值（semctl GETALL），值改变时会高亮；等待者来自阻塞在 semop() 中的进程。</translation>
    </message>
</context>
<context>
    <name>app::SetSemaphoreValueDialog</name>
    <message>
        <source>Set Semaphore Value</source>
        <translation>设置信号量值</translation>
    </message>
    <message>
        <source>Set a semaphore&apos;s value in set %1</source>
        <translation>设置信号量集 %1 中一个信号量的值</translation>
    </message>
    <message>
        <source>&amp;Semaphore:</source>
        <translation>信号量(&amp;S)：</translation>
    </message>
    <message>
        <source>Semaphore number</source>
        <translation>信号量编号</translation>
    </message>
    <message>
        <source>Which semaphore of set %1: 0 to %2.</source>
        <translation>信号量集 %1 中的哪一个信号量：0 到 %2。</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>0 to %1 (SEMVMX). A process waiting for the value to increase, or to become zero, wakes when it does.</source>
        <translation>0 到 %1（SEMVMX）。等待该值增大或变为零的进程会在条件满足时被唤醒。</translation>
    </message>
    <message>
        <source>The call that will be made</source>
        <translation>将要执行的调用</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Set %1 has semaphores 0 to %2, not &quot;%3&quot;.</source>
        <translation>信号量集 %1 的信号量编号为 0 到 %2，而不是“%3”。</translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX), not &quot;%2&quot;.</source>
        <translation>信号量的值为 0 到 %1（SEMVMX），而不是“%2”。</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>当前为 %1</translation>
    </message>
</context>
<context>
    <name>app::SnapshotCommands</name>
    <message>
        <source>Take Snapshot</source>
        <translation>拍摄快照</translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation>与快照比较</translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>拍摄快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the bytes of the tab&apos;s segment or object, what IPC_STAT says of it, the time and the layout shown into a snapshot file, to compare with or to open later</source>
        <translation>将当前标签页中段或对象的字节、IPC_STAT 给出的信息、时间和所显示的布局保存到快照文件，以便日后比较或打开</translation>
    </message>
    <message>
        <source>Co&amp;mpare with Snapshot…</source>
        <translation>与快照比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark the bytes of the tab that differ from a snapshot file in blue, and show the fields that differ as old → new</source>
        <translation>用蓝色标出标签页中与快照文件不同的字节，并以“旧值 → 新值”显示不同的字段</translation>
    </message>
    <message>
        <source>Open S&amp;napshot…</source>
        <translation>打开快照(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a snapshot file alone, read-only, in a tab of its own; compare it with another snapshot from there</source>
        <translation>在单独的标签页中以只读方式打开快照文件；可在那里将它与另一个快照比较</translation>
    </message>
    <message>
        <source>ShmScope snapshots (*.%1);;All files (*)</source>
        <translation>ShmScope 快照 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Snapshot of %1 (%2 bytes) saved to %3.</source>
        <translation>%1 的快照（%2 字节）已保存到 %3。</translation>
    </message>
</context>
<context>
    <name>app::SnapshotComparison</name>
    <message>
        <source>Compared with %1 (taken %2): no byte differs.</source>
        <translation>已与 %1（拍摄于 %2）比较：没有字节不同。</translation>
    </message>
    <message>
        <source>Compared with %1 (taken %2): %3 in %4, marked in blue; changed fields show old → new.</source>
        <extracomment>&quot;4 bytes differ in 3 ranges, marked in blue&quot;: the two counts are said apart for their plurals.</extracomment>
        <translation>已与 %1（拍摄于 %2）比较：%4中共有 %3，已用蓝色标出；变化的字段显示为“旧值 → 新值”。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) differ</source>
        <translation>
            <numerusform>%n 个字节不同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n range(s)</source>
        <translation>
            <numerusform>%n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot has %1 bytes, this %2: the first %3 are compared.</source>
        <translation>快照有 %1 字节，当前有 %2 字节：只比较前 %3 字节。</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>停止比较</translation>
    </message>
</context>
<context>
    <name>app::StructDelegate</name>
    <message>
        <source>Value of %1</source>
        <translation>%1 的值</translation>
    </message>
</context>
<context>
    <name>app::StructModel</name>
    <message>
        <source>unavailable: past the end of the segment</source>
        <translation>不可用：超出了段的末尾</translation>
    </message>
    <message>
        <source>%1 (bits %2-%3)</source>
        <translation>%1（第 %2-%3 位）</translation>
    </message>
    <message>
        <source>Padding: bytes the compiler left out so that the next field is aligned.</source>
        <translation>填充：编译器为了让下一个字段对齐而空出的字节。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>This attach is read-only: attach the segment read-write to edit its fields.</source>
        <translation>这次附加是只读的：要编辑字段，请以读写方式附加这个段。</translation>
    </message>
    <message>
        <source>%1 lies past the end of the segment: it is never written.</source>
        <translation>%1 位于段的末尾之后：永远不会被写入。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Edit field %1</source>
        <translation>编辑字段 %1</translation>
    </message>
    <message>
        <source>not recorded at this moment</source>
        <translation>此刻未记录</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A field&apos;s value in a snapshot, then now: &quot;st 1 → st 2&quot;.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Frozen: rewritten every %1 ms when another process changes it; fought %n time(s) so far.</source>
        <extracomment>The tooltip of a frozen field; %1 is the period in ms, %n the fights.</extracomment>
        <translation>
            <numerusform>已冻结：其他进程更改它时，每 %1 ms 写回一次；迄今已与其他进程争夺 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a field to freeze.</source>
        <translation>请选择要冻结的字段。</translation>
    </message>
</context>
<context>
    <name>app::StructPane</name>
    <message>
        <source>Struct fields</source>
        <translation>结构体字段</translation>
    </message>
    <message>
        <source>Fields of the struct</source>
        <translation>结构体的字段</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The segment holds several records of this struct back to back: which one to show</source>
        <translation>这个段中依次存放着多条这种结构体的记录：选择要显示哪一条</translation>
    </message>
    <message>
        <source>&amp;Layout…</source>
        <translation>布局(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose or paste the C struct to read the segment as</source>
        <translation>选择或粘贴用来解读这个段的 C 结构体</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: sizeof %2 byte(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：sizeof 为 %2 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has only %1 byte(s), fewer than sizeof (%2): the fields past byte %1 are unavailable and are never read or written.</source>
        <translation>
            <numerusform>这个段只有 %1 字节，少于 sizeof（%2）：第 %1 字节之后的字段不可用，永远不会被读写。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has %1 bytes: room for %2 record(s) of sizeof %3.</source>
        <translation>
            <numerusform>这个段有 %1 字节：可以容纳 %2 条 sizeof 为 %3 的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has %1 bytes: room for %2 record(s) of sizeof %3; the bytes from offset %4 to the end are too few for another.</source>
        <translation>
            <numerusform>这个段有 %1 字节：可以容纳 %2 条 sizeof 为 %3 的记录；从偏移 %4 到末尾的字节不够再放一条。</numerusform>
        </translation>
    </message>
    <message>
        <source>laying out %1…</source>
        <translation>正在布局 %1…</translation>
    </message>
    <message>
        <source>Laying out %1…</source>
        <translation>正在布局 %1…</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>监视(&amp;W)</translation>
    </message>
    <message>
        <source>Plot this field&apos;s value over time below, from every change the refresh sees</source>
        <translation>在下方绘制此字段的值随时间的变化，取自刷新所见的每次变化</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>冻结(&amp;F)</translation>
    </message>
    <message>
        <source>Hold the field at its value now: it is written back whenever another process changes it</source>
        <translation>将字段保持为当前值：每当其他进程更改它时就写回</translation>
    </message>
    <message>
        <source>Freeze at &amp;Value…</source>
        <translation>冻结为指定值(&amp;V)…</translation>
    </message>
    <message>
        <source>Hold the field at a value you type</source>
        <translation>将字段保持为你输入的值</translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation>解冻(&amp;U)</translation>
    </message>
    <message>
        <source>Unfreeze &amp;All</source>
        <translation>全部解冻(&amp;A)</translation>
    </message>
    <message>
        <source>Freeze at Value</source>
        <translation>冻结为指定值</translation>
    </message>
    <message>
        <source>Hold %1 (%2) at:</source>
        <translation>将 %1（%2）保持为：</translation>
    </message>
    <message>
        <source>torn: bytes from pid %1 and pid %2</source>
        <translation>撕裂：字节来自 pid %1 和 pid %2</translation>
    </message>
    <message>
        <source>torn: bytes from pids %1</source>
        <extracomment>More than two writers&apos; bytes in one record: &quot;torn: bytes from pids 1234, 5678, 9012&quot;.</extracomment>
        <translation>撕裂：字节来自 pid %1</translation>
    </message>
    <message>
        <source>&amp;Bookmark Field</source>
        <translation>为字段添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Name this field&apos;s bytes and give them a colour in the hex view</source>
        <translation>为此字段的字节命名，并在十六进制视图中给它们着色</translation>
    </message>
</context>
<context>
    <name>app::TimeSlider</name>
    <message>
        <source>Time shown</source>
        <translation>显示的时间</translation>
    </message>
    <message>
        <source>Drag back to see the bytes and fields as the refresh read them then; the right end is live. Bytes that were not on screen at that moment show as &quot;..&quot;.</source>
        <translation>向回拖动可查看刷新当时读到的字节和字段；最右端为实时。当时不在屏幕上的字节显示为“..”。</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>返回实时</translation>
    </message>
    <message>
        <source>Show the bytes of now again (edits are possible again)</source>
        <translation>重新显示当前的字节（可再次编辑）</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <extracomment>The moment of the past the panes show, and how long before now: &quot;15:42:07.300 (12.4 s ago)&quot;.</extracomment>
        <translation>%1（%2 s 前）</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>recorded %1 s, %2 of %3</source>
        <extracomment>What the recorder holds: &quot;recorded 95 s, 1.2 MiB of 16.0 MiB&quot;.</extracomment>
        <translation>已记录 %1 s，占用 %2 / %3</translation>
    </message>
</context>
<context>
    <name>app::WatchPane</name>
    <message>
        <source>%1 is watched already.</source>
        <translation>%1 已在监视中。</translation>
    </message>
    <message>
        <source>%1 lies past the end of the segment: there is nothing of it to watch.</source>
        <translation>%1 位于段的末尾之后：没有可监视的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2 · %n value(s)</source>
        <extracomment>A watched field: its name, its value now, and how many values its history keeps.</extracomment>
        <translation>
            <numerusform>%1 = %2 · %n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（未读取）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>History of watched fields (%1)</source>
        <translation>所监视字段的历史（%1）</translation>
    </message>
    <message>
        <source>Stop recording this field&apos;s changes, or record them again</source>
        <translation>停止记录此字段的变化，或重新开始记录</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the values kept, with their times, as a CSV file</source>
        <translation>将保留的值及其时间保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Stop watching this field and forget its history</source>
        <translation>停止监视此字段并丢弃其历史</translation>
    </message>
    <message>
        <source>Each change of %1 the refresh saw; point at the plot to read a value and its time</source>
        <translation>刷新所见的 %1 的每次变化；将鼠标指向图表可读取某个值及其时间</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>app::WindowOptions</name>
    <message>
        <source>--read-write and --layout go with --attach SHMID or --key KEY.</source>
        <translation>--read-write 和 --layout 需与 --attach SHMID 或 --key KEY 同用。</translation>
    </message>
    <message>
        <source>--attach wants a segment id, a number from the Shmid column, not &quot;%1&quot;.</source>
        <translation>--attach 需要一个段 id，即 shmid 列中的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>The layout %1 does not compile:
%2</source>
        <translation>布局 %1 无法编译：
%2</translation>
    </message>
    <message>
        <source>--observe goes with --attach SHMID or --key KEY (or --dump and --read).</source>
        <translation>--observe 需与 --attach SHMID 或 --key KEY（或 --dump 和 --read）一起使用。</translation>
    </message>
</context>
<context>
    <name>cli::CommandLine</name>
    <message>
        <source>Inspect and edit Linux System V shared memory: the segments, their bytes, live.</source>
        <translation>查看和编辑 Linux System V 共享内存：实时显示各个段及其字节。</translation>
    </message>
    <message>
        <source>Print the system&apos;s segments and exit (no display needed).</source>
        <translation>打印系统中的段，然后退出（无需显示器）。</translation>
    </message>
    <message>
        <source>With --dump: this many bytes (default: up to the end).</source>
        <translation>与 --dump 同用：打印这么多字节（默认一直到末尾）。</translation>
    </message>
    <message>
        <source>With --read, --attach or --key: st_pid (the built-in struct), a saved layout&apos;s name, or a C header file.</source>
        <translation>与 --read、--attach 或 --key 同用：st_pid（内置结构体）、已保存布局的名称，或一个 C 头文件。</translation>
    </message>
    <message>
        <source>Open the window with this segment attached (read-only).</source>
        <translation>打开窗口并附加这个段（只读）。</translation>
    </message>
    <message>
        <source>Open the window with the segment of this key attached (0x1234 or 4660).</source>
        <translation>打开窗口并附加具有这个 key 的段（0x1234 或 4660）。</translation>
    </message>
    <message>
        <source>With --attach or --key: attach read-write, to edit.</source>
        <translation>与 --attach 或 --key 同用：以读写方式附加，以便编辑。</translation>
    </message>
    <message>
        <source>use %1 or %2, not both.</source>
        <translation>请使用 %1 或 %2，不要同时使用。</translation>
    </message>
    <message>
        <source>--layout goes with --read SHMID (or --attach or --key in the window).</source>
        <translation>--layout 需与 --read SHMID 同用（在窗口中则与 --attach 或 --key 同用）。</translation>
    </message>
    <message>
        <source>--offset and --length go with --dump SHMID.</source>
        <translation>--offset 和 --length 需与 --dump SHMID 同用。</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use table, json or csv.</source>
        <translation>未知的 --format “%1”；请使用 table、json 或 csv。</translation>
    </message>
    <message>
        <source>--%1 wants a number of bytes, such as 4096, 0x1000 or 4k, not &quot;%2&quot;.</source>
        <translation>--%1 需要一个字节数，例如 4096、0x1000 或 4k，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 wants a segment id, a number from the shmid column of --list, not &quot;%2&quot;.</source>
        <translation>--%1 需要一个段 id，即 --list 输出中 shmid 列的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; for --read; use text or json.</source>
        <translation>--read 不支持 --format “%1”；请使用 text 或 json。</translation>
    </message>
    <message>
        <source>With --dump or --read: read a segment even when kernel.shm_rmid_forced is 1 and nobody has it attached, so that our detach destroys it.</source>
        <translation>与 --dump 或 --read 一起使用：即使 kernel.shm_rmid_forced 为 1 且没有进程连接该段（因而我们的分离会销毁它），也读取它。</translation>
    </message>
    <message>
        <source>With --read: list every error of a layout that does not compile, not just the first.</source>
        <translation>与 --read 一起使用：列出无法编译的布局的所有错误，而不只是第一个。</translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once.</source>
        <translation>--%1 给出了不止一次；请只给一次。</translation>
    </message>
    <message>
        <source>--all-errors goes with --read SHMID.</source>
        <translation>--all-errors 需与 --read SHMID 一起使用。</translation>
    </message>
    <message>
        <source>--even-if-destroyed goes with --dump SHMID or --read SHMID.</source>
        <translation>--even-if-destroyed 需与 --dump SHMID 或 --read SHMID 一起使用。</translation>
    </message>
    <message>
        <source>--%1 is for the window; it does not go with --%2.</source>
        <translation>--%1 用于窗口；不能与 --%2 一起使用。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写出输出：%1</translation>
    </message>
    <message>
        <source>Nothing was read. Add --even-if-destroyed to read it all the same.</source>
        <translation>未读取任何内容。加上 --even-if-destroyed 即可照样读取。</translation>
    </message>
    <message>
        <source>the layout %1 does not compile: %2</source>
        <translation>布局 %1 无法编译：%2</translation>
    </message>
    <message>
        <source>the layout %1 does not compile: %2 (and %3 more; --all-errors shows them)</source>
        <translation>布局 %1 无法编译：%2（另有 %3 个；--all-errors 会全部列出）</translation>
    </message>
    <message>
        <source>Print the bytes of a segment, or of a POSIX object or memfd by its path (/dev/shm/NAME, /proc/PID/fd/N), as hexdump -C does and exit (no display needed).</source>
        <translation>像 hexdump -C 那样打印一个段的字节，或按路径（/dev/shm/NAME、/proc/PID/fd/N）打印一个 POSIX 对象或 memfd 的字节，然后退出（不需要显示器）。</translation>
    </message>
    <message>
        <source>Print the fields of a segment, or of a POSIX object or memfd by its path, decoded through --layout, and exit (no display needed).</source>
        <translation>按 --layout 解码并打印一个段的字段，或按路径打印一个 POSIX 对象或 memfd 的字段，然后退出（不需要显示器）。</translation>
    </message>
    <message>
        <source>--type goes with --list.</source>
        <translation>--type 要与 --list 一起用。</translation>
    </message>
    <message>
        <source>--format csv lists System V segments only; use table or json with --type %1.</source>
        <translation>--format csv 只列出 System V 段；--type %1 请用 table 或 json。</translation>
    </message>
    <message>
        <source>%1 of %2 processes may not be read: what they map or hold open is not shown.</source>
        <translation>%2 个进程中有 %1 个不可读取：它们映射或打开的对象没有列出。</translation>
    </message>
    <message>
        <source>--even-if-destroyed is for System V segments; a POSIX object is not destroyed by our close.</source>
        <translation>--even-if-destroyed 只用于 System V 段；我们的 close 不会销毁 POSIX 对象。</translation>
    </message>
    <message>
        <source>--namespace goes with --list, --dump SHMID or --read SHMID.</source>
        <translation>--namespace 需与 --list、--dump SHMID 或 --read SHMID 一起使用。</translation>
    </message>
    <message>
        <source>unknown --namespace &quot;%1&quot;; use ours, all or a process id.</source>
        <translation>未知的 --namespace “%1”；请使用 ours、all 或进程 id。</translation>
    </message>
    <message>
        <source>--namespace is for System V segments; a POSIX object&apos;s path names it in every IPC namespace.</source>
        <translation>--namespace 只用于 System V 段；POSIX 对象的路径在每个 IPC 命名空间中都指向它。</translation>
    </message>
    <message>
        <source>--namespace wants a process id (the namespace of that process) or ours, not &quot;%1&quot;.</source>
        <translation>--namespace 需要进程 id（该进程所在的命名空间）或 ours，而不是“%1”。</translation>
    </message>
    <message>
        <source>a segment lives in one IPC namespace: give --namespace a process id.</source>
        <translation>段只位于一个 IPC 命名空间中：请给 --namespace 指定一个进程 id。</translation>
    </message>
    <message>
        <source>Print one line per change of a segment&apos;s fields (or of a POSIX object&apos;s, by its path) read through --layout, as it happens: time, field, old value, new value; --field watches one field, --count stops after that many changes (no display needed).</source>
        <translation>按 --layout 读取段的字段（或按路径读取 POSIX 对象的字段），每发生一次变化就立即打印一行：时间、字段、旧值、新值；--field 只监视一个字段，--count 在达到该数量的变化后停止（无需图形显示）。</translation>
    </message>
    <message>
        <source>With --watch: the one field to watch, as C names it (names, pos.x, items[3]); without it, every field of the layout.</source>
        <translation>与 --watch 一起用：要监视的单个字段，按 C 语言的写法命名（names、pos.x、items[3]）；省略时监视布局中的所有字段。</translation>
    </message>
    <message>
        <source>With --watch: read the fields every this many milliseconds.</source>
        <translation>与 --watch 一起用：每隔这么多毫秒读取一次字段。</translation>
    </message>
    <message>
        <source>With --watch: exit after printing this many changes.</source>
        <translation>与 --watch 一起用：打印这么多次变化后退出。</translation>
    </message>
    <message>
        <source>Save a snapshot of a segment, or of a POSIX object or memfd by its path: its bytes, what IPC_STAT says and the time, into the file --output names, and exit (no display needed; docs/SNAPSHOT-FORMAT.md).</source>
        <translation>保存一个段（或按路径指定的 POSIX 对象或 memfd）的快照：将其字节、IPC_STAT 给出的信息和时间写入 --output 指定的文件，然后退出（无需图形显示；参见 docs/SNAPSHOT-FORMAT.md）。</translation>
    </message>
    <message>
        <source>--diff A B: print the byte ranges where A and B differ, each a snapshot file or a segment&apos;s shmid (read now), and with --layout the fields old → new; exit (no display needed).</source>
        <translation>--diff A B：打印 A 与 B 不同的字节范围（A、B 各为一个快照文件或一个段的 shmid，后者当场读取），配合 --layout 时还打印字段的旧值 → 新值；然后退出（无需图形显示）。</translation>
    </message>
    <message>
        <source>use one of --list, --dump, --read and --watch.</source>
        <translation>请使用 --list、--dump、--read 或 --watch 之一。</translation>
    </message>
    <message>
        <source>--field, --interval and --count go with --watch SHMID.</source>
        <translation>--field、--interval 和 --count 需与 --watch SHMID 一起使用。</translation>
    </message>
    <message>
        <source>--snapshot SHMID wants --output FILE, the snapshot file to write.</source>
        <translation>--snapshot SHMID 需要 --output FILE，即要写入的快照文件。</translation>
    </message>
    <message>
        <source>--diff wants two snapshots: --diff A B, each a snapshot file or a shmid.</source>
        <translation>--diff 需要两个快照：--diff A B，每个都是快照文件或 shmid。</translation>
    </message>
    <message>
        <source>--observe reads segments of our IPC namespace; it does not go with --namespace.</source>
        <translation>--observe 读取的是本程序所在 IPC 命名空间中的段；不能与 --namespace 一起使用。</translation>
    </message>
    <message>
        <source>--observe is for System V segments; a POSIX object is read through its path without being attached (/proc/PID/map_files/START-END of a holder reads it through that process).</source>
        <translation>--observe 只用于 System V 段；POSIX 对象通过其路径读取，无需附加（经由持有者的 /proc/PID/map_files/START-END 可通过该进程读取它）。</translation>
    </message>
    <message>
        <source>%1 is no segment id: too large.</source>
        <translation>%1 不是段 ID：数值太大。</translation>
    </message>
    <message>
        <source>%1 lies past the end of %2 (%3 bytes): there is nothing of it to watch.</source>
        <translation>%1 超出了 %2 的末尾（%3 字节）：没有可监视的内容。</translation>
    </message>
    <message>
        <source>no field of the layout %1 lies within %2 (%3 bytes): there is nothing to watch.</source>
        <translation>布局 %1 中没有任何字段位于 %2（%3 字节）之内：没有可监视的内容。</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; for --watch; use csv or json.</source>
        <translation>--watch 不支持 --format &quot;%1&quot;；请使用 csv 或 json。</translation>
    </message>
    <message>
        <source>--interval wants milliseconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--interval 需要 1 到 %1 之间的毫秒数，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>--count wants a number of changes, 1 or more, not &quot;%1&quot;.</source>
        <translation>--count 需要变化次数，至少为 1，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>With --dump, --read, --watch, --snapshot, --attach or --key: read the segment through a process that maps it (/proc/PID/map_files, else process_vm_readv), without attaching it: its nattch, lpid and atime stay as they were. Refused, with the reason, when no process may be read; never attaches instead.</source>
        <translation>与 --dump、--read、--watch、--snapshot、--attach 或 --key 一起使用：通过映射了该段的进程读取它（/proc/PID/map_files，否则用 process_vm_readv），而不附加它：它的 nattch、lpid 和 atime 保持不变。没有可读取的进程时拒绝并说明原因；绝不会改为附加。</translation>
    </message>
    <message>
        <source>--observe goes with --dump, --read, --watch or --snapshot SHMID, or --attach or --key in the window.</source>
        <translation>--observe 要与 --dump、--read、--watch 或 --snapshot SHMID 一起使用，或在窗口中与 --attach 或 --key 一起使用。</translation>
    </message>
    <message>
        <source>With --list: sysv (System V segments, as ipcs -m), sem (System V semaphore sets, as ipcs -s; with --format json each semaphore&apos;s value, last pid, ncnt and zcnt, and the processes waiting), msg (System V message queues, as ipcs -q), posix (POSIX objects of /dev/shm, memfds and POSIX semaphores, with the processes that hold them) or all.</source>
        <translation>用于 --list：sysv（System V 共享内存段，同 ipcs -m）、sem（System V 信号量集，同 ipcs -s；加 --format json 时还给出每个信号量的值、最后操作的 pid、ncnt 和 zcnt，以及正在等待的进程）、msg（System V 消息队列，同 ipcs -q）、posix（/dev/shm 中的 POSIX 对象、memfd 和 POSIX 信号量，以及持有它们的进程）或 all。</translation>
    </message>
    <message>
        <source>unknown --type &quot;%1&quot;; use sysv, sem, msg, posix or all.</source>
        <translation>未知的 --type “%1”；请用 sysv、sem、msg、posix 或 all。</translation>
    </message>
    <message>
        <source>--namespace goes with --type sysv, sem, msg or all: POSIX objects live in /dev/shm, a file system, not in an IPC namespace.</source>
        <translation>--namespace 要与 --type sysv、sem、msg 或 all 一起用：POSIX 对象存在于文件系统 /dev/shm 中，不属于 IPC 命名空间。</translation>
    </message>
    <message>
        <source>With --list: the IPC namespaces whose System V segments are listed: ours (what ipcs shows), all (every container&apos;s too, each under a line naming it; needs root) or a process id (the namespace that process is in). With --dump, --read or --write of a segment: ours or the process id of its namespace (a container&apos;s; needs root).</source>
        <translation>与 --list 一起使用：列出哪些 IPC 命名空间的 System V 段：ours（本程序所在的命名空间，即 ipcs 显示的内容）、all（连同每个容器的命名空间，各列在标明其名称的一行之下；需要 root）或一个进程 ID（该进程所在的命名空间）。与 --dump、--read 或 --write 一起对某个段使用时：ours，或该段所在命名空间中某个进程的 ID（如某个容器的；需要 root）。</translation>
    </message>
    <message>
        <source>Output of --list: table (as ipcs -m, -s or -q), json or csv (segments only). Of --read: text or json. Of --dump: hex (as hexdump -C, the default) or raw (the bytes unchanged, for a file, sha256sum or cmp).</source>
        <translation>--list 的输出格式：table（同 ipcs -m、-s 或 -q）、json 或 csv（仅限段）。--read 的输出格式：text 或 json。--dump 的输出格式：hex（同 hexdump -C，默认）或 raw（原样输出字节，用于写入文件、sha256sum 或 cmp）。</translation>
    </message>
    <message>
        <source>With --dump or --write: start at this byte (4096, 0x1000 or 4k).</source>
        <translation>与 --dump 或 --write 一起使用：从这个字节开始（4096、0x1000 或 4k）。</translation>
    </message>
    <message>
        <source>--write SHMID FILE: write the bytes of FILE (- for standard input) into a segment, or a POSIX object or memfd by its path, attached read-write, from --offset on, and exit (no display needed). Refused, nothing written, when they would run past the end.</source>
        <translation>--write SHMID FILE：以读写方式附加一个段（或按路径指定的 POSIX 对象或 memfd），从 --offset 处开始写入 FILE 的字节（- 表示标准输入），然后退出（无需图形显示）。如果会超出末尾，则拒绝执行，不写入任何内容。</translation>
    </message>
    <message>
        <source>With --dump or --write: print each call into the kernel (and each memcpy into the segment) as C on stderr, as the window&apos;s call log shows it.</source>
        <translation>与 --dump 或 --write 一起使用：把每次内核调用（以及每次向段中的 memcpy）以 C 代码的形式打印到 stderr，与窗口的调用日志中显示的一样。</translation>
    </message>
    <message>
        <source>With --snapshot: the snapshot file to write. With --dump --format raw: the file the bytes go to.</source>
        <translation>与 --snapshot 一起使用：要写入的快照文件。与 --dump --format raw 一起使用：字节写入的文件。</translation>
    </message>
    <message>
        <source>--verbose goes with --dump SHMID or --write SHMID.</source>
        <translation>--verbose 需与 --dump SHMID 或 --write SHMID 一起使用。</translation>
    </message>
    <message>
        <source>--observe reads without attaching; --write attaches.</source>
        <translation>--observe 不附加就读取；--write 需要附加。</translation>
    </message>
    <message>
        <source>--format goes with --list, --read SHMID or --dump SHMID; --write prints nothing.</source>
        <translation>--format 需与 --list、--read SHMID 或 --dump SHMID 一起使用；--write 不打印任何内容。</translation>
    </message>
    <message>
        <source>--length goes with --dump SHMID; --write writes the whole file.</source>
        <translation>--length 需与 --dump SHMID 一起使用；--write 会写入整个文件。</translation>
    </message>
    <message>
        <source>--output goes with --dump SHMID --format raw; the hex dump goes to standard output.</source>
        <translation>--output 需与 --dump SHMID --format raw 一起使用；十六进制转储输出到标准输出。</translation>
    </message>
    <message>
        <source>--output goes with --snapshot SHMID or --dump SHMID --format raw.</source>
        <translation>--output 需与 --snapshot SHMID 或 --dump SHMID --format raw 一起使用。</translation>
    </message>
    <message>
        <source>--format goes with --list, --read SHMID or --dump SHMID; --%1 has one output.</source>
        <translation>--format 需与 --list、--read SHMID 或 --dump SHMID 一起使用；--%1 只有一种输出格式。</translation>
    </message>
    <message>
        <source>--format goes with --list, --read SHMID or --dump SHMID.</source>
        <translation>--format 需与 --list、--read SHMID 或 --dump SHMID 一起使用。</translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; for --dump; use hex or raw.</source>
        <translation>--dump 的 --format “%1”未知；请使用 hex 或 raw。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: our detach after the write would destroy it, and the bytes with it. Nothing was written.</source>
        <translation>kernel.shm_rmid_forced 为 1，且没有进程附加段 %1：写入后本程序一分离，它就会被销毁，写入的字节也随之丢失。未写入任何内容。</translation>
    </message>
    <message>
        <source>--write SHMID wants the file to write: --write SHMID [--offset N] FILE, or - for standard input.</source>
        <translation>--write SHMID 需要指定要写入的文件：--write SHMID [--offset N] FILE，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>段 %1</translation>
    </message>
    <message>
        <source>Offset %1 is past the end of %2, which has %3. Nothing was written.</source>
        <translation>偏移 %1 超出了 %2 的末尾，它只有 %3。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 is %2; %3 has %4 from offset %5: %6 too many. Nothing was written.</source>
        <translation>%1 有 %2；%3 从偏移 %5 起只有 %4：多出 %6。未写入任何内容。</translation>
    </message>
    <message>
        <source>%1 holds more than %2; %3 has %2 from offset %4. Nothing was written.</source>
        <translation>%1 的内容多于 %2；%3 从偏移 %4 起只有 %2。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>core::Attachment</name>
    <message>
        <source>You may not %1 segment %2 (you are uid %3).</source>
        <translation>你无权%1段 %2（你的 uid 是 %3）。</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>read or write</source>
        <translation>读取或写入</translation>
    </message>
    <message>
        <source>Segment %1 has mode %2: %3 may not %4 it, and you (uid %5) count as %3.</source>
        <translation>段 %1 的模式是 %2：%3不可%4它，而你（uid %5）属于%3。</translation>
    </message>
    <message>
        <source>There is no segment %1 (it may have just been removed).</source>
        <translation>不存在段 %1（它可能刚被删除）。</translation>
    </message>
    <message>
        <source>Segment %1 has been removed.</source>
        <translation>段 %1 已被删除。</translation>
    </message>
    <message>
        <source>This process has attached as many segments as the kernel allows (shmseg).</source>
        <translation>本进程附加的段数已达到内核允许的上限（shmseg）。</translation>
    </message>
    <message>
        <source>There is no room in our address space to map segment %1.</source>
        <translation>我们的地址空间中没有足够的位置来映射段 %1。</translation>
    </message>
    <message>
        <source>The kernel refused to attach segment %1.</source>
        <translation>内核拒绝附加段 %1。</translation>
    </message>
    <message>
        <source>%1 is not a segment id.</source>
        <translation>%1 不是段 id。</translation>
    </message>
    <message>
        <source>Attached segment %1 but could not learn its size; detached again.</source>
        <translation>已附加段 %1，但无法得知它的大小；已重新分离。</translation>
    </message>
    <message>
        <source>Segment %1 is attached read-only: attach it read-write to edit.</source>
        <translation>段 %1 是以只读方式附加的：要编辑，请以读写方式附加。</translation>
    </message>
    <message>
        <source>Reading is allowed: attach it read-only.</source>
        <translation>读取是允许的：请以只读方式附加。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 byte(s) at offset %2 would pass the end of segment %3, whose last byte is at offset %4.</source>
        <translation>
            <numerusform>在偏移 %2 处读取 %1 字节会越过段 %3 的末尾，它的最后一个字节位于偏移 %4。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %1 byte(s) at offset %2 would pass the end of segment %3, whose last byte is at offset %4: nothing was written.</source>
        <translation>
            <numerusform>在偏移 %2 处写入 %1 字节会越过段 %3 的末尾，它的最后一个字节位于偏移 %4：没有写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not learn which pages of segment %1 are in memory.</source>
        <translation>无法得知段 %1 的哪些页在内存中。</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>段 %1</translation>
    </message>
    <message>
        <source>IPC namespace ipc:[%1]</source>
        <translation>IPC 命名空间 ipc:[%1]</translation>
    </message>
    <message>
        <source>Asked inside %1.</source>
        <translation>在 %1 内部请求。</translation>
    </message>
    <message>
        <source>segment %1 in %2</source>
        <translation>%2 中的段 %1</translation>
    </message>
</context>
<context>
    <name>core::BookmarkList</name>
    <message>
        <source>A bookmark needs a name.</source>
        <translation>书签需要一个名称。</translation>
    </message>
    <message>
        <source>A bookmark&apos;s name is one line of text, without control characters.</source>
        <translation>书签名称必须是一行文本，且不含控制字符。</translation>
    </message>
    <message>
        <source>A bookmark&apos;s name has at most %1 characters; &quot;%2…&quot; has %3.</source>
        <translation>书签名称最多 %1 个字符；“%2…”有 %3 个。</translation>
    </message>
    <message>
        <source>A bookmark marks one byte at least.</source>
        <translation>书签至少要标记一个字节。</translation>
    </message>
    <message>
        <source>A bookmark of %1 bytes at 0x%2 would end past the last offset there can be.</source>
        <translation>0x%2 处长 %1 个字节的书签会越过可能的最后一个偏移。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: write it as #rrggbb, e.g. #c0392b.</source>
        <translation>“%1”不是颜色：请写成 #rrggbb 的形式，例如 #c0392b。</translation>
    </message>
    <message>
        <source>A segment keeps at most %1 bookmarks: remove one first.</source>
        <translation>一个段最多保存 %1 个书签：请先删除一个。</translation>
    </message>
</context>
<context>
    <name>core::ByteInterpreter</name>
    <message>
        <source>not UTF-8</source>
        <translation>不是 UTF-8</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a byte in binary: write up to 8 digits 0 and 1, such as 01000001.</source>
        <translation>“%1”不是二进制形式的字节：请写最多 8 位 0 和 1，例如 01000001。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: write four numbers from 0 to 255 with dots between them, such as 192.168.1.10.</source>
        <translation>“%1”不是 IPv4 地址：请写四个 0 到 255 的数，用点分隔，例如 192.168.1.10。</translation>
    </message>
    <message>
        <source>past the end</source>
        <translation>超出末尾</translation>
    </message>
    <message>
        <source>time_t is shown as a date, not edited: edit it as int64 (seconds since 1970).</source>
        <extracomment>time_t is a C type name, not translated.</extracomment>
        <translation>time_t 只显示为日期，不能编辑：请按 int64（自 1970 年起的秒数）编辑。</translation>
    </message>
    <message>
        <source>%1 is shown, not edited: edit its bytes in the hex view or another row.</source>
        <translation>%1 只显示，不能编辑：请在十六进制视图或其他行中编辑它的字节。</translation>
    </message>
</context>
<context>
    <name>core::Digest</name>
    <message>
        <source>Bytes %1 to %2 run past the end of %3, whose size is %4.</source>
        <translation>从 %1 到 %2 的字节超出了 %3 的末尾（其大小为 %4）。</translation>
    </message>
    <message>
        <source>The checksums were cancelled.</source>
        <translation>校验和计算已取消。</translation>
    </message>
</context>
<context>
    <name>core::DumpRange</name>
    <message numerus="yes">
        <source>Offset %1 is past the end of segment %2, which has %3 byte(s).</source>
        <translation>
            <numerusform>偏移 %1 超出了段 %2 的末尾，这个段共有 %3 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s) from offset %2 run past the end of segment %3: from there, --length can be at most %4.</source>
        <translation>
            <numerusform>从偏移 %2 开始的 %1 字节越过了段 %3 的末尾：从那里起，--length 最多为 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offset %1 is past the end of %2, whose size is %3.</source>
        <translation>偏移 %1 超出了 %2 的末尾，它的大小是 %3。</translation>
    </message>
    <message>
        <source>--length %1 from offset %2 runs past the end of %3: from there, --length can be at most %4.</source>
        <translation>从偏移 %2 起的 --length %1 超出了 %3 的末尾：从那里起，--length 最多为 %4。</translation>
    </message>
</context>
<context>
    <name>core::FieldCodec</name>
    <message>
        <source>an %1-bit signed</source>
        <translation>%1 位有符号</translation>
    </message>
    <message>
        <source>a %1-bit signed</source>
        <translation>%1 位有符号</translation>
    </message>
    <message>
        <source>an %1-bit unsigned</source>
        <translation>%1 位无符号</translation>
    </message>
    <message>
        <source>a %1-bit unsigned</source>
        <translation>%1 位无符号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number: write one such as 42, -7 or 0x2a.</source>
        <translation>“%1”不是整数：请写成 42、-7 或 0x2a 这样的形式。</translation>
    </message>
    <message>
        <source>-%1 to %2</source>
        <translation>-%1 到 %2</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 到 %1</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 field (%3).</source>
        <translation>%1 超出了 %2字段的范围（%3）。</translation>
    </message>
    <message>
        <source>The text ends in a lone backslash: write \\ for a backslash.</source>
        <translation>文本以单独的反斜杠结尾：反斜杠本身请写成 \\。</translation>
    </message>
    <message>
        <source>\x wants two hex digits, as in \xff.</source>
        <translation>\x 后面需要两位十六进制数字，例如 \xff。</translation>
    </message>
    <message>
        <source>\%1 is not an escape ShmScope knows: use \\ \n \t \r \0 or \xff.</source>
        <translation>\%1 不是 ShmScope 认识的转义序列：请使用 \\ \n \t \r \0 或 \xff。</translation>
    </message>
    <message>
        <source>%1 is not a character: write one between quotes, such as &apos;A&apos; or &apos;\n&apos;, or its number.</source>
        <translation>%1 不是一个字符：请用单引号括起一个字符，例如 &apos;A&apos; 或 &apos;\n&apos;，或者写出它的编码。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes in UTF-8, and a char holds one: write its bytes one by one, such as &apos;\xc3&apos;.</source>
        <translation>%1 在 UTF-8 中占 %2 字节，而一个 char 只能放一个字节：请逐个写出它的字节，例如 &apos;\xc3&apos;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bool: write true or false.</source>
        <translation>“%1”不是布尔值：请写 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2: write one of %3, or a number.</source>
        <translation>“%1”不是 %2 的取值：请写 %3 之一，或者一个数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: write one such as 3.14, -2.5e-3, inf or nan.</source>
        <translation>“%1”不是数字：请写成 3.14、-2.5e-3、inf 或 nan 这样的形式。</translation>
    </message>
    <message>
        <source>%1 does not fit in a %2 (magnitudes from %3 to %4, or 0).</source>
        <translation>%1 超出了 %2 的范围（绝对值须在 %3 到 %4 之间，或者为 0）。</translation>
    </message>
    <message>
        <source>%1 is a pointer: it is shown, not edited, as an address in another process means nothing here.</source>
        <translation>%1 是指针：只显示、不能编辑，因为另一个进程中的地址在这里没有意义。</translation>
    </message>
    <message>
        <source>Padding belongs to no field: edit its bytes in the hex view.</source>
        <translation>填充不属于任何字段：请在十六进制视图中编辑它的字节。</translation>
    </message>
    <message>
        <source>%1 has no value of its own: edit its members one by one.</source>
        <translation>%1 本身没有值：请逐个编辑它的成员。</translation>
    </message>
    <message>
        <source>ShmScope cannot write a %1 as text: edit its bytes in the hex view.</source>
        <translation>ShmScope 无法以文本形式写入 %1：请在十六进制视图中编辑它的字节。</translation>
    </message>
    <message>
        <source>The bytes around the bitfield %1 are not in view: read them before changing its bits.</source>
        <translation>位域 %1 周围的字节不在视图中：请先读取它们，再修改它的位。</translation>
    </message>
    <message>
        <source>%1 (%2) holds only the closing NUL: no text fits in it.</source>
        <translation>%1（%2）只能存放结尾的 NUL：放不下任何文本。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) holds at most %3 byte(s) of text and the closing NUL; this text is %4 bytes in UTF-8.</source>
        <translation>
            <numerusform>%1（%2）最多只能存放 %3 字节的文本和结尾的 NUL；这段文本在 UTF-8 中有 %4 字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::FieldWatch</name>
    <message>
        <source>%1 is a %2 and has no value of its own: watch one of its fields.</source>
        <translation>%1 是 %2，本身没有值：请监视它的某个字段。</translation>
    </message>
    <message>
        <source>%1 is padding, bytes nobody declared: watch a field.</source>
        <translation>%1 是填充，即无人声明的字节：请监视一个字段。</translation>
    </message>
    <message>
        <source>%1 has no bytes to watch.</source>
        <translation>%1 没有可监视的字节。</translation>
    </message>
    <message>
        <source>%1 bytes cannot be read as a number: select 1, 2, 4 or 8 bytes.</source>
        <translation>%1 个字节无法作为数值读取：请选择 1、2、4 或 8 个字节。</translation>
    </message>
    <message>
        <source>%1 bytes at 0x%2</source>
        <translation>0x%2 处的 %1 字节</translation>
    </message>
</context>
<context>
    <name>core::FileInput</name>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 是目录，不是文件。</translation>
    </message>
    <message>
        <source>%1 is a character device, not a file.</source>
        <translation>%1 是字符设备，不是文件。</translation>
    </message>
    <message>
        <source>%1 is a block device, not a file.</source>
        <translation>%1 是块设备，不是文件。</translation>
    </message>
    <message>
        <source>%1 is a FIFO (named pipe), not a file.</source>
        <translation>%1 是 FIFO（命名管道），不是文件。</translation>
    </message>
    <message>
        <source>%1 is a socket, not a file.</source>
        <translation>%1 是套接字，不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a socket or a device, not a file.</source>
        <translation>%1 是套接字或设备，不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
</context>
<context>
    <name>core::Freezer</name>
    <message>
        <source>%1 is a bitfield: its bytes hold other fields&apos; bits too, which a freeze would hold as well. Freeze the bytes in the hex view if that is what you want.</source>
        <translation>%1 是位域：它所在的字节还包含其他字段的位，冻结时这些位也会一同被冻结。如果这正是你想要的，请在十六进制视图中冻结这些字节。</translation>
    </message>
    <message>
        <source>/* frozen: rewritten every %1 ms while another process changes it */</source>
        <translation>/* 已冻结：其他进程修改它时，每 %1 ms 写回一次 */</translation>
    </message>
    <message>
        <source>%1 does not lie inside %2, which ends at offset %3: nothing is frozen.</source>
        <translation>%1 不在 %2 之内，后者结束于偏移量 %3：未冻结任何内容。</translation>
    </message>
    <message>
        <source>%1 is no longer frozen: %2</source>
        <translation>%1 已不再冻结：%2</translation>
    </message>
</context>
<context>
    <name>core::HexDumpWriter</name>
    <message>
        <source>Could not write the dump: %1.</source>
        <translation>无法写出转储：%1。</translation>
    </message>
</context>
<context>
    <name>core::InputParser</name>
    <message>
        <source>Enter a key: a number such as 0x1234 or 4660.</source>
        <translation>请输入 key：一个数字，例如 0x1234 或 4660。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key: write it in hex (0x1234) or decimal (4660).</source>
        <translation>“%1”不是有效的 key：请用十六进制（0x1234）或十进制（4660）书写。</translation>
    </message>
    <message>
        <source>Key %1 does not fit in 32 bits (at most 0xffffffff).</source>
        <translation>key %1 超出了 32 位（最大为 0xffffffff）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write bytes (4096) or a number with a unit (4 KiB, 1.5 MiB, 2 GB).</source>
        <translation>“%1”不是有效的大小：请写字节数（4096），或者带单位的数字（4 KiB、1.5 MiB、2 GB）。</translation>
    </message>
    <message>
        <source>%1 is more bytes than any segment can hold.</source>
        <translation>%1 字节超过了任何段所能容纳的大小。</translation>
    </message>
    <message>
        <source>%1 is not a whole number of bytes.</source>
        <translation>%1 不是整数个字节。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode: write octal permission bits, 000 to 777 (such as 640).</source>
        <translation>“%1”不是有效的模式：请写八进制权限位，000 到 777（例如 640）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: write it in hex (0x10) or decimal (16).</source>
        <translation>“%1”不是有效的偏移：请用十六进制（0x10）或十进制（16）书写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hex digit: bytes are written with 0-9 and a-f.</source>
        <translation>“%1”不是十六进制数字：字节只能用 0-9 和 a-f 书写。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not whole bytes: each byte takes two hex digits.</source>
        <translation>“%1”不是完整的字节：每个字节需要两位十六进制数字。</translation>
    </message>
    <message>
        <source>Enter bytes in hex, such as 42 6f 62.</source>
        <translation>请输入十六进制字节，例如 42 6f 62。</translation>
    </message>
</context>
<context>
    <name>core::IpcNamespaceEntry</name>
    <message>
        <source>No process has this id now, so its IPC namespace cannot be reached through %1.</source>
        <translation>现在没有这个 id 的进程，因此无法通过 %1 进入它的 IPC 命名空间。</translation>
    </message>
    <message>
        <source>%1 is not ours to open: reading another user&apos;s process needs root (CAP_SYS_PTRACE).</source>
        <translation>无权打开 %1：读取其他用户的进程需要 root（CAP_SYS_PTRACE）。</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not a process id: ids start at 1.</source>
        <translation>%1 不是进程 id：进程 id 从 1 开始。</translation>
    </message>
    <message>
        <source>Entering another IPC namespace needs CAP_SYS_ADMIN (run as root): only our own namespace can be read.</source>
        <translation>进入其他 IPC 命名空间需要 CAP_SYS_ADMIN（以 root 运行）：只能读取本程序所在的命名空间。</translation>
    </message>
    <message>
        <source>The kernel refused to enter the IPC namespace ipc:[%1].</source>
        <translation>内核拒绝进入 IPC 命名空间 ipc:[%1]。</translation>
    </message>
</context>
<context>
    <name>core::LayoutLibrary</name>
    <message>
        <source>&quot;%1&quot; cannot be a layout&apos;s name: use letters, digits, _ . and -, and not the built-in %2.</source>
        <translation>“%1”不能用作布局名称：请使用字母、数字、_、. 和 -，并且不能与内置的 %2 同名。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot save the layout %1: %2.</source>
        <translation>无法保存布局 %1：%2。</translation>
    </message>
</context>
<context>
    <name>core::LayoutWorker</name>
    <message>
        <source>%1 is missing beside %2 (or in ../libexec/shmscope): it lays out structs. Reinstall ShmScope.</source>
        <translation>%2 旁边（或 ../libexec/shmscope 中）缺少 %1：它负责排布结构体。请重新安装 ShmScope。</translation>
    </message>
    <message>
        <source>Could not start %1: %2.</source>
        <translation>无法启动 %1：%2。</translation>
    </message>
    <message>
        <source>The layout took too long: clang had not laid it out after %1 seconds, so it was stopped. A macro that expands to more and more text does this.</source>
        <translation>排布耗时过长：clang 在 %1 秒后仍未排布完成，因此已将其停止。不断展开出越来越多文本的宏会造成这种情况。</translation>
    </message>
    <message>
        <source>The layout is too large: laying it out needed more than the %1 MiB of memory it may use, or libclang failed on it (%2).</source>
        <translation>布局过大：排布它需要超过允许的 %1 MiB 内存，或者 libclang 处理它时失败（%2）。</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a layout.</source>
        <translation>%1 返回的内容不是布局。</translation>
    </message>
</context>
<context>
    <name>core::LeakReport</name>
    <message numerus="yes">
        <source>%n segment(s), %1 held by nobody</source>
        <translation>
            <numerusform>%n 个段，共 %1 无人持有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX object(s), %1 held by nobody</source>
        <translation>
            <numerusform>%n 个 POSIX 对象，共 %1 无人持有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed segment(s), %1 kept by the processes still attached</source>
        <translation>
            <numerusform>%n 个已删除的段，共 %1 仍被附加着的进程留住</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left behind.</source>
        <translation>没有遗留对象。</translation>
    </message>
    <message>
        <source>creator %1 exited</source>
        <translation>创建者 %1 已退出</translation>
    </message>
    <message>
        <source>nobody maps or holds it</source>
        <translation>无人映射或持有</translation>
    </message>
    <message>
        <source>removed, kept by %1</source>
        <translation>已删除，被 %1 留住</translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation>pid %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n attach(es) of processes we may not read</source>
        <translation>
            <numerusform>%n 个无权读取的进程的附加</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>core::LibClang</name>
    <message>
        <source>libclang-14 is not installed. To read structs, install the Debian packages libclang1-14, libclang-common-14-dev (clang&apos;s own headers) and libc6-dev (the C library&apos;s headers), or libclang-14-dev, which brings all three.</source>
        <translation>未安装 libclang-14。要解析结构体，请安装 Debian 软件包 libclang1-14、libclang-common-14-dev（clang 自带的头文件）和 libc6-dev（C 库的头文件），或者安装 libclang-14-dev，它会带上这三个软件包。</translation>
    </message>
    <message>
        <source>The libclang found (%1) is too old to read structs: install the Debian packages libclang1-14, libclang-common-14-dev and libc6-dev.</source>
        <translation>找到的 libclang（%1）版本太旧，无法解析结构体：请安装 Debian 软件包 libclang1-14、libclang-common-14-dev 和 libc6-dev。</translation>
    </message>
</context>
<context>
    <name>core::LifecycleTracker</name>
    <message>
        <source>Created: %1.</source>
        <translation>已创建：%1。</translation>
    </message>
    <message>
        <source>Segment %1 (key %2) was destroyed: its last process detached, and the kernel freed its %3 bytes.</source>
        <translation>段 %1（key %2）已销毁：最后一个进程已分离，内核释放了它的 %3 字节。</translation>
    </message>
    <message>
        <source>Segment %1 (key %2) was removed and destroyed at once: nobody had it attached.</source>
        <translation>段 %1（key %2）被删除并立即销毁：没有进程附加着它。</translation>
    </message>
    <message>
        <source>Id %1 was reused: segment %1 (key %2) was destroyed and a new one, %3, got its id.</source>
        <translation>id %1 被重用了：段 %1（key %2）已销毁，新的段 %3 得到了这个 id。</translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 (key %2) was removed (IPC_RMID) while %n process(es) still had it attached: its status is dest and its key reads 0x00000000 until the last detach.</source>
        <translation>
            <numerusform>段 %1（key %2）已被删除（IPC_RMID），但仍有 %n 个进程附加着它：在最后一个进程分离之前，它的状态为 dest，key 显示为 0x00000000。</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1: nattch %2 → %3 (last shmat or shmdt by pid %4).</source>
        <translation>段 %1：nattch %2 → %3（最后一次 shmat 或 shmdt 由 pid %4 执行）。</translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>已附加：%1。</translation>
    </message>
    <message>
        <source>Detached: %1.</source>
        <translation>已分离：%1。</translation>
    </message>
    <message numerus="yes">
        <source>segment %1 (key %2, %3 byte(s), mode %4) created by pid %5 (owner %6)</source>
        <translation>
            <numerusform>段 %1（key %2，%3 字节，模式 %4），由 pid %5 创建（所有者 %6）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::LikelyUsers</name>
    <message>
        <source>%1: %2 None of its rules are used.</source>
        <translation>%1：%2 其中的规则都不使用。</translation>
    </message>
    <message>
        <source>The rules shipped with ShmScope (%1) are missing: reinstall it.</source>
        <translation>ShmScope 自带的规则（%1）缺失：请重新安装 ShmScope。</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>nobody we can see</source>
        <translation>看不到任何进程</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>core::Msg</name>
    <message>
        <source>you are uid %1</source>
        <translation>你的 uid 是 %1</translation>
    </message>
    <message>
        <source>A message queue with key %1 already exists. Choose another key, or remove the old queue first.</source>
        <translation>key 为 %1 的消息队列已经存在。请换一个 key，或者先删除旧的队列。</translation>
    </message>
    <message>
        <source>The system limit is reached: msgmni queues exist already (/proc/sys/kernel/msgmni).</source>
        <translation>已达到系统上限：已有 msgmni 个队列（/proc/sys/kernel/msgmni）。</translation>
    </message>
    <message>
        <source>The kernel has not enough memory for the queue.</source>
        <translation>内核没有足够的内存来创建这个队列。</translation>
    </message>
    <message>
        <source>Permission denied for key %1 (%2).</source>
        <translation>无权访问 key 为 %1 的 IPC 对象（%2）。</translation>
    </message>
    <message>
        <source>The kernel refused to create the message queue.</source>
        <translation>内核拒绝创建这个消息队列。</translation>
    </message>
    <message>
        <source>Message queue %1 may be removed only by its owner, its creator or root, and %2.</source>
        <translation>消息队列 %1 只能由其属主、创建者或 root 删除，而%2。</translation>
    </message>
    <message>
        <source>Message queue %1 does not exist any more: another process removed it since the last refresh.</source>
        <translation>消息队列 %1 已不存在：上次刷新之后，另一个进程删除了它。</translation>
    </message>
    <message>
        <source>The kernel refused to remove message queue %1.</source>
        <translation>内核拒绝删除消息队列 %1。</translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation>模式只能包含权限位，即八进制的 0 到 0777。</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose a private queue, or another key.</source>
        <translation>key 0 即 IPC_PRIVATE：请选择私有队列，或者换一个 key。</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: a private queue is found by its msqid only.</source>
        <translation>key 0 即 IPC_PRIVATE：私有队列只能通过 msqid 找到。</translation>
    </message>
    <message>
        <source>No message queue has key %1 now.</source>
        <translation>当前没有 key 为 %1 的消息队列。</translation>
    </message>
    <message>
        <source>The message queue with key %1 may not be used (%2).</source>
        <translation>无权使用 key 为 %1 的消息队列（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a message queue id.</source>
        <translation>%1 不是消息队列的 id。</translation>
    </message>
</context>
<context>
    <name>core::NamespaceLister</name>
    <message>
        <source>Other IPC namespaces (containers) can be read only with CAP_SYS_ADMIN (as root): only our own namespace is listed.</source>
        <translation>只有具备 CAP_SYS_ADMIN（以 root 运行）才能读取其他 IPC 命名空间（容器）：只列出本程序所在的命名空间。</translation>
    </message>
</context>
<context>
    <name>core::ObjectBytes</name>
    <message>
        <source>Could not read bytes %1 to %2 of %3.</source>
        <translation>无法读取 %3 中从 %1 到 %2 的字节。</translation>
    </message>
    <message>
        <source>%1 shrank while it was read.</source>
        <translation>%1 在读取过程中变小了。</translation>
    </message>
</context>
<context>
    <name>core::ObservedSegment</name>
    <message>
        <source>pid %1 (%2)</source>
        <translation>pid %1（%2）</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>任意方式</translation>
    </message>
    <message>
        <source>%1 is not a segment id.</source>
        <translation>%1 不是段 ID。</translation>
    </message>
    <message>
        <source>There is no segment %1 (it may have just been removed).</source>
        <translation>段 %1 不存在（可能刚被删除）。</translation>
    </message>
    <message>
        <source>No process that we may look at maps segment %1: there is nobody to observe it through.</source>
        <translation>没有我们有权查看的进程映射了段 %1：无法通过任何进程观察它。</translation>
    </message>
    <message numerus="yes">
        <source>The memory maps of %n process(es) could not be read: that needs the right to ptrace them, and %1.</source>
        <translation>
            <numerusform>无法读取 %n 个进程的内存映射：这需要 ptrace 它们的权限；%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach it instead to read it.</source>
        <translation>请改为附加它来读取。</translation>
    </message>
    <message>
        <source>mmap() of %1 failed (%2)</source>
        <translation>对 %1 执行 mmap() 失败（%2）</translation>
    </message>
    <message>
        <source>opening %1 needs CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE, which we lack</source>
        <translation>打开 %1 需要 CAP_SYS_ADMIN 或 CAP_CHECKPOINT_RESTORE，而我们没有</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2)</source>
        <translation>无法打开 %1（%2）</translation>
    </message>
    <message>
        <source>process_vm_readv() needs the right to ptrace it, and %1</source>
        <translation>process_vm_readv() 需要 ptrace 它的权限；%1</translation>
    </message>
    <message>
        <source>process_vm_readv() failed (%1)</source>
        <translation>process_vm_readv() 失败（%1）</translation>
    </message>
    <message>
        <source>Segment %1 cannot be observed through %2: %3. Attach it instead to read it.</source>
        <translation>无法通过 %2 观察段 %1：%3。请改为附加它来读取。</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>；另外，</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>段 %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 byte(s) at offset %2 would pass the end of segment %3, whose size is %4.</source>
        <translation>
            <numerusform>在偏移量 %2 处读取 %1 个字节会超出段 %3 的末尾（该段大小为 %4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %1 byte(s) at offset %2 would pass the end of segment %3, whose size is %4. Nothing was written.</source>
        <translation>
            <numerusform>在偏移量 %2 处写入 %1 个字节会超出段 %3 的末尾（该段大小为 %4）。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1 could not be read through pid %2.</source>
        <translation>无法通过 pid %2 读取段 %1。</translation>
    </message>
    <message>
        <source>Segment %1 is observed read-only: observe it read-write to edit.</source>
        <translation>段 %1 以只读方式观察：要编辑，请以读写方式观察它。</translation>
    </message>
    <message>
        <source>observing through pid %1 (%2), %3</source>
        <translation>正在通过 pid %1（%2）观察，%3</translation>
    </message>
</context>
<context>
    <name>core::Permissions</name>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>its owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>its group</source>
        <translation>所属组</translation>
    </message>
    <message>
        <source>others</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>可以读写</translation>
    </message>
    <message>
        <source>only read</source>
        <translation>只能读</translation>
    </message>
    <message>
        <source>only write, which is no use: shmat needs read</source>
        <translation>只能写，但这没有用：shmat 需要读权限</translation>
    </message>
    <message>
        <source>do nothing</source>
        <translation>什么都不能做</translation>
    </message>
    <message>
        <source>Mode %1: owner %2 may %3; group %4 may %5; others may %6. Only the owner, the creator or root may remove it.</source>
        <translation>模式 %1。所有者 %2：%3；组 %4：%5；其他用户：%6。只有所有者、创建者或 root 可以删除它。</translation>
    </message>
    <message>
        <source>You are root: the kernel lets you read, write and remove any segment.</source>
        <translation>你是 root：内核允许你读、写和删除任何段。</translation>
    </message>
    <message>
        <source>you may remove it</source>
        <translation>你可以删除它</translation>
    </message>
    <message>
        <source>you may not remove it</source>
        <translation>你不能删除它</translation>
    </message>
    <message>
        <source>You are uid %1 and count as %2, who may %3; %4.</source>
        <translation>你是 uid %1，身份是%2，%3；%4。</translation>
    </message>
    <message>
        <source>%1 and creator %2</source>
        <translation>%1 和创建者 %2</translation>
    </message>
    <message>
        <source>%1 and creator&apos;s group %2</source>
        <translation>%1 和创建者的组 %2</translation>
    </message>
</context>
<context>
    <name>core::PosixMapping</name>
    <message>
        <source>a directory</source>
        <translation>一个目录</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>一个 FIFO（命名管道）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>一个符号链接</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1 does not exist (the object or the process may be gone).</source>
        <translation>%1 不存在（对象或进程可能已经不在了）。</translation>
    </message>
    <message>
        <source>You (uid %1) may not %2 %3: its mode, or /proc&apos;s rules for another process&apos;s files, forbid it.</source>
        <translation>你（uid %1）不能%2 %3：它的模式，或 /proc 对其他进程文件的规则，不允许这样做。</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: a shared memory object is a file of /dev/shm itself.</source>
        <translation>%1 是一个符号链接：共享内存对象是 /dev/shm 中的文件本身。</translation>
    </message>
    <message>
        <source>%1 is a socket or a device, not a shared memory object.</source>
        <translation>%1 是一个套接字或设备，不是共享内存对象。</translation>
    </message>
    <message>
        <source>%1 is a directory, not a shared memory object.</source>
        <translation>%1 是一个目录，不是共享内存对象。</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is not a path of a shared memory object: give /dev/shm/NAME, /proc/PID/fd/N or /proc/PID/map_files/START-END.</source>
        <translation>%1 不是共享内存对象的路径：请给出 /dev/shm/NAME、/proc/PID/fd/N 或 /proc/PID/map_files/START-END。</translation>
    </message>
    <message>
        <source>Could not learn the size of %1.</source>
        <translation>无法得知 %1 的大小。</translation>
    </message>
    <message>
        <source>%1 is %2, not a shared memory object.</source>
        <translation>%1 是%2，不是共享内存对象。</translation>
    </message>
    <message>
        <source>%1 is a file on a disk, not shared memory (tmpfs, a memfd or hugetlbfs).</source>
        <translation>%1 是磁盘上的文件，不是共享内存（tmpfs、memfd 或 hugetlbfs）。</translation>
    </message>
    <message>
        <source>Could not map %1.</source>
        <translation>无法映射 %1。</translation>
    </message>
    <message>
        <source>A read of length %1 at offset %2 would pass the end of %3, whose size was %4 when it was opened.</source>
        <translation>在偏移 %2 处读取 %1 字节会超出 %3 的末尾，打开时它的大小是 %4。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 shrank while it was open: its size is now %2, and only the bytes up to its new end were read.</source>
        <translation>%1 在打开期间缩小了：它现在的大小是 %2，只读取了到新末尾为止的字节。</translation>
    </message>
    <message>
        <source>%1 shrank while it was read.</source>
        <translation>%1 在读取期间缩小了。</translation>
    </message>
    <message>
        <source>%1 is open read-only: open it read-write to edit.</source>
        <translation>%1 是以只读方式打开的：要编辑请以读写方式打开。</translation>
    </message>
    <message>
        <source>A write of length %1 at offset %2 would pass the end of %3, whose size was %4 when it was opened: nothing was written.</source>
        <translation>在偏移 %2 处写入 %1 字节会超出 %3 的末尾，打开时它的大小是 %4：什么也没有写入。</translation>
    </message>
    <message>
        <source>%1 has shrunk: its size is now %2, so nothing was written at offset %3 and after.</source>
        <translation>%1 已经缩小：它现在的大小是 %2，所以偏移 %3 及之后没有写入任何内容。</translation>
    </message>
    <message>
        <source>Could not write into %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>core::PosixScanner</name>
    <message>
        <source>%1 cannot be read (%2): only objects that processes map or hold open are listed.</source>
        <translation>无法读取 %1（%2）：只列出进程映射或打开的对象。</translation>
    </message>
    <message>
        <source>%1 is not a tmpfs (its file system is of type 0x%2), so its files are no POSIX shared memory: only objects that processes map or hold open are listed.</source>
        <translation>%1 不是 tmpfs（它的文件系统类型是 0x%2），所以其中的文件不是 POSIX 共享内存：只列出进程映射或打开的对象。</translation>
    </message>
</context>
<context>
    <name>core::PosixShm</name>
    <message>
        <source>An object named %1 exists already (%2). Choose another name, or remove the old one first (shm_unlink).</source>
        <translation>名为 %1 的对象已经存在（%2）。请换一个名字，或先删除旧的（shm_unlink）。</translation>
    </message>
    <message>
        <source>No object is named %1 now: %2 does not exist.</source>
        <translation>现在没有名为 %1 的对象：%2 不存在。</translation>
    </message>
    <message>
        <source>The mode of %1 does not let you (uid %2) %3 it: ls -l %4 shows its owner and mode.</source>
        <translation>%1 的模式不允许你（uid %2）%3它：ls -l %4 会显示它的所有者和模式。</translation>
    </message>
    <message>
        <source>This process, or the system, has as many files open as it may.</source>
        <translation>本进程或系统打开的文件已达上限。</translation>
    </message>
    <message>
        <source>/dev/shm has no room for another file.</source>
        <translation>/dev/shm 已没有空间再放一个文件。</translation>
    </message>
    <message>
        <source>The kernel refused to open %1.</source>
        <translation>内核拒绝打开 %1。</translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation>模式只能包含权限位，即八进制的 0 到 0777。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>读写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>%1 bytes is more than a file may hold.</source>
        <translation>%1 字节超过了一个文件能容纳的大小。</translation>
    </message>
    <message>
        <source>A mapping of size %1 does not fit in this process&apos;s free address space: the object is too large to map.</source>
        <translation>大小为 %1 的映射放不进本进程的空闲地址空间：对象太大，无法映射。</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>core::ProcParser</name>
    <message>
        <source>/proc/sysvipc/shm line %1 skipped: expected 14 or 16 numbers, got &quot;%2&quot;</source>
        <translation>已跳过 /proc/sysvipc/shm 第 %1 行：应有 14 或 16 个数字，实际是“%2”</translation>
    </message>
</context>
<context>
    <name>core::ProcessMemory</name>
    <message>
        <source>The memory of process %1 could not be read: it has ended, or you may not trace it.</source>
        <translation>无法读取进程 %1 的内存：它已结束，或者你无权跟踪它。</translation>
    </message>
    <message>
        <source>Only %1 of %2 bytes of process %3 could be read.</source>
        <translation>进程 %3 的 %2 字节中只读取到 %1 字节。</translation>
    </message>
    <message>
        <source>Could not write into the memory of process %1: it has ended, or you may not trace it.</source>
        <translation>无法写入进程 %1 的内存：该进程已结束，或你无权跟踪它。</translation>
    </message>
    <message>
        <source>Only %1 of %2 bytes could be written into process %3.</source>
        <translation>%2 字节中只有 %1 字节写入了进程 %3。</translation>
    </message>
</context>
<context>
    <name>core::RawDumpWriter</name>
    <message>
        <source>Could not write the bytes: %1.</source>
        <translation>无法写入字节：%1。</translation>
    </message>
</context>
<context>
    <name>core::RmidForced</name>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: reading it attaches and detaches, and that detach destroys it, its bytes lost.</source>
        <translation>kernel.shm_rmid_forced 为 1，且没有进程连接段 %1：读取它会先连接再分离，而这次分离会销毁它，其中的字节将丢失。</translation>
    </message>
</context>
<context>
    <name>core::SegmentFormat</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a count of bytes (its human size)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 EiB (no practical limit)</source>
        <translation>%1 EiB（实际上没有限制）</translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <comment>a percentage below the smallest shown</comment>
        <translation>&lt; %1 %</translation>
    </message>
    <message>
        <source>&gt; %1 %</source>
        <comment>a percentage above the largest shown below 100</comment>
        <translation>&gt; %1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>core::SegmentHolders</name>
    <message>
        <source>this kernel has no Yama (%1/sys/kernel/yama/ptrace_scope is absent), so a process of the same uid, or one with CAP_SYS_PTRACE, may read it</source>
        <translation>此内核没有 Yama（%1/sys/kernel/yama/ptrace_scope 不存在），因此同一 uid 的进程或具有 CAP_SYS_PTRACE 的进程可以读取它</translation>
    </message>
    <message>
        <source>Yama&apos;s ptrace_scope is %1 (%2/sys/kernel/yama/ptrace_scope): 0 lets a process of the same uid read it, 1 only its parent, 2 only CAP_SYS_PTRACE, 3 nobody</source>
        <translation>Yama 的 ptrace_scope 为 %1（%2/sys/kernel/yama/ptrace_scope）：0 允许同一 uid 的进程读取它，1 仅允许其父进程，2 仅允许具有 CAP_SYS_PTRACE 的进程，3 不允许任何进程</translation>
    </message>
</context>
<context>
    <name>core::SegmentRemover</name>
    <message>
        <source>Segment %1 lives in IPC namespace %2, which no process we see is in any more: it was not removed.</source>
        <translation>段 %1 位于 IPC 命名空间 %2，而我们能看到的进程已没有一个在其中：未删除它。</translation>
    </message>
</context>
<context>
    <name>core::SegmentScanner</name>
    <message>
        <source>The kernel did not say how many segments there are.</source>
        <translation>内核没有告知共有多少个段。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) are hidden: this kernel lets only readers of a segment stat it.</source>
        <translation>
            <numerusform>有 %n 个段被隐藏了：这个内核只允许对段有读权限的用户查询它的状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: it is a device or another special file (such as /dev/null bound over it), not a file of /proc.</source>
        <translation>%1 不是内核的表：它是一个设备或其他特殊文件（例如绑定挂载在其上的 /dev/null），不是 /proc 中的文件。</translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: it is a file on tmpfs, not on /proc&apos;s file system (procfs).</source>
        <translation>%1 不是内核的表：它是 tmpfs 上的文件，不在 /proc 的文件系统（procfs）上。</translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: it lies on a file system of type 0x%2, not on /proc&apos;s (procfs).</source>
        <translation>%1 不是内核的表：它位于类型为 0x%2 的文件系统上，而不在 /proc 的文件系统（procfs）上。</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 The kernel refused the list through shmctl too: %2</source>
        <translation>%1 内核也拒绝了通过 shmctl 获取列表：%2</translation>
    </message>
    <message>
        <source>%1 The list comes from shmctl(SHM_STAT_ANY) instead, without RSS or swap figures.</source>
        <translation>%1 列表改为来自 shmctl(SHM_STAT_ANY)，不含 RSS 和交换数据。</translation>
    </message>
    <message numerus="yes">
        <source>%1 lists %2 of the %n segment(s) the kernel counts (shmctl(SHM_INFO)).</source>
        <translation>
            <numerusform>%1 只列出了内核统计的 %n 个段中的 %2 个（shmctl(SHM_INFO)）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: another file of /proc is bound over it.</source>
        <translation>%1 不是内核的表：/proc 中的另一个文件被绑定到了它上面。</translation>
    </message>
    <message>
        <source>The IPC namespace ipc:[%1] ended before it could be read: it is not listed.</source>
        <translation>IPC 命名空间 ipc:[%1] 在读取之前就已结束：未列出它。</translation>
    </message>
    <message>
        <source>The IPC namespace ipc:[%1] could not be read: %2</source>
        <translation>无法读取 IPC 命名空间 ipc:[%1]：%2</translation>
    </message>
    <message>
        <source>In the IPC namespace ipc:[%1]: %2</source>
        <translation>在 IPC 命名空间 ipc:[%1] 中：%2</translation>
    </message>
</context>
<context>
    <name>core::Sem</name>
    <message>
        <source>you are uid %1</source>
        <translation>你的 uid 是 %1</translation>
    </message>
    <message>
        <source>A semaphore set with key %1 already exists. Choose another key, or remove the old set first.</source>
        <translation>key 为 %1 的信号量集已经存在。请换一个 key，或者先删除旧的信号量集。</translation>
    </message>
    <message numerus="yes">
        <source>The kernel refused a set of %1 semaphore(s): a set holds at least 1 and at most semmsl (the first number of /proc/sys/kernel/sem).</source>
        <translation>
            <numerusform>内核拒绝了含 %1 个信号量的集合：一个集合至少含 1 个、至多含 semmsl 个信号量（/proc/sys/kernel/sem 的第一个数）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system limit is reached: either semmni sets exist already, or the semaphores of all sets would pass semmns (/proc/sys/kernel/sem).</source>
        <translation>已达到系统上限：要么已有 semmni 个信号量集，要么所有集合的信号量总数将超过 semmns（/proc/sys/kernel/sem）。</translation>
    </message>
    <message>
        <source>The kernel has not enough memory for the set.</source>
        <translation>内核没有足够的内存来创建这个信号量集。</translation>
    </message>
    <message>
        <source>Permission denied for key %1 (%2).</source>
        <translation>无权访问 key 为 %1 的 IPC 对象（%2）。</translation>
    </message>
    <message>
        <source>The kernel refused to create the semaphore set.</source>
        <translation>内核拒绝创建这个信号量集。</translation>
    </message>
    <message>
        <source>Semaphore set %1 does not exist any more: another process removed it since the last refresh.</source>
        <translation>信号量集 %1 已不存在：上次刷新之后，另一个进程删除了它。</translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX).</source>
        <translation>信号量的值只能是 0 到 %1（SEMVMX）。</translation>
    </message>
    <message>
        <source>Setting a value needs write permission on set %1 (%2).</source>
        <translation>设置值需要对信号量集 %1 有写权限（%2）。</translation>
    </message>
    <message>
        <source>Set %1 has no semaphore %2, or does not exist any more.</source>
        <translation>信号量集 %1 没有第 %2 号信号量，或者它已不存在。</translation>
    </message>
    <message>
        <source>The kernel refused to set the value.</source>
        <translation>内核拒绝设置这个值。</translation>
    </message>
    <message>
        <source>Semaphore set %1 may be removed only by its owner, its creator or root, and %2.</source>
        <translation>信号量集 %1 只能由其属主、创建者或 root 删除，而%2。</translation>
    </message>
    <message>
        <source>The kernel refused to remove semaphore set %1.</source>
        <translation>内核拒绝删除信号量集 %1。</translation>
    </message>
    <message>
        <source>A semaphore set holds at least 1 semaphore.</source>
        <translation>一个信号量集至少要含 1 个信号量。</translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation>模式只能包含权限位，即八进制的 0 到 0777。</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose a private set, or another key.</source>
        <translation>key 0 即 IPC_PRIVATE：请选择私有信号量集，或者换一个 key。</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: a private set is found by its semid only.</source>
        <translation>key 0 即 IPC_PRIVATE：私有信号量集只能通过 semid 找到。</translation>
    </message>
    <message>
        <source>No semaphore set has key %1 now.</source>
        <translation>当前没有 key 为 %1 的信号量集。</translation>
    </message>
    <message>
        <source>The semaphore set with key %1 may not be used (%2).</source>
        <translation>无权使用 key 为 %1 的信号量集（%2）。</translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX), not %2.</source>
        <translation>信号量的值只能是 0 到 %1（SEMVMX），不能是 %2。</translation>
    </message>
    <message>
        <source>%1 is not a semaphore set id.</source>
        <translation>%1 不是信号量集的 id。</translation>
    </message>
</context>
<context>
    <name>core::SemaphoreReader</name>
    <message>
        <source>no read permission: mode %1, owner %2, you are uid %3</source>
        <translation>没有读权限：模式 %1，属主 %2，你的 uid 是 %3</translation>
    </message>
    <message>
        <source>removed while listed</source>
        <translation>列出时已被删除</translation>
    </message>
</context>
<context>
    <name>core::Shm</name>
    <message>
        <source>you are uid %1</source>
        <translation>你的 uid 是 %1</translation>
    </message>
    <message>
        <source>A segment with key %1 already exists. Choose another key, or remove the old segment first.</source>
        <translation>key 为 %1 的段已经存在。请换一个 key，或者先删除旧的段。</translation>
    </message>
    <message>
        <source>Permission denied for key %1 (%2).</source>
        <translation>无权访问 key 为 %1 的段（%2）。</translation>
    </message>
    <message>
        <source>Not permitted (%1).</source>
        <translation>不允许此操作（%1）。</translation>
    </message>
    <message>
        <source>The kernel refused to create the segment.</source>
        <translation>内核拒绝创建这个段。</translation>
    </message>
    <message>
        <source>Segment %1 may be removed only by its owner, its creator or root, and %2.</source>
        <translation>段 %1 只能由它的所有者、创建者或 root 删除，而%2。</translation>
    </message>
    <message>
        <source>Segment %1 does not exist any more: another process removed it since the last refresh.</source>
        <translation>段 %1 已不存在：自上次刷新以来，另一个进程删除了它。</translation>
    </message>
    <message>
        <source>The kernel refused to remove segment %1.</source>
        <translation>内核拒绝删除段 %1。</translation>
    </message>
    <message>
        <source>A segment needs at least 1 byte.</source>
        <translation>一个段至少需要 1 字节。</translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation>模式只能包含权限位，即八进制的 0 到 0777。</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose a private segment, or another key.</source>
        <translation>key 0 即 IPC_PRIVATE：请选择私有段，或者换一个 key。</translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: a private segment is found by its shmid only.</source>
        <translation>key 0 即 IPC_PRIVATE：私有段只能通过它的 shmid 找到。</translation>
    </message>
    <message>
        <source>No segment has key %1 now.</source>
        <translation>当前没有 key 为 %1 的段。</translation>
    </message>
    <message>
        <source>The segment with key %1 may not be used (%2).</source>
        <translation>无权使用 key 为 %1 的段（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a segment id.</source>
        <translation>%1 不是段 id。</translation>
    </message>
    <message numerus="yes">
        <source>The kernel refused a segment of %1 byte(s): it must be at least 1 byte and at most shmmax (/proc/sys/kernel/shmmax).</source>
        <translation>
            <numerusform>内核拒绝创建 %1 字节的段：大小必须至少为 1 字节、至多为 shmmax（/proc/sys/kernel/shmmax）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system limit is reached: either shmmni segments exist already, or %1 byte(s) more would pass shmall, the pages all segments may hold together.</source>
        <translation>
            <numerusform>已达到系统限制：要么已经有 shmmni 个段，要么再增加 %1 字节就会超过 shmall（所有段加起来可以占用的页数）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel has not enough memory to back %1 byte(s).</source>
        <translation>
            <numerusform>内核没有足够的内存来提供 %1 字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::ShmName</name>
    <message>
        <source>a POSIX shared memory name is not empty: it is / and a name, such as /st_pid.</source>
        <translation>POSIX 共享内存名称不能为空：它是 / 加一个名字，例如 /st_pid。</translation>
    </message>
    <message>
        <source>a POSIX shared memory name starts with / and has no other /: %1.</source>
        <translation>POSIX 共享内存名称以 / 开头，且不含其他 /：%1。</translation>
    </message>
    <message>
        <source>a POSIX shared memory name has at least one byte after its /.</source>
        <translation>POSIX 共享内存名称在 / 之后至少有一个字节。</translation>
    </message>
    <message>
        <source>a POSIX shared memory name may not be /. or /..: they name directories.</source>
        <translation>POSIX 共享内存名称不能是 /. 或 /..：它们表示目录。</translation>
    </message>
    <message>
        <source>a POSIX shared memory name has at most %1 bytes after its /; this one has %2.</source>
        <translation>POSIX 共享内存名称在 / 之后最多 %1 个字节；这个有 %2 个。</translation>
    </message>
    <message>
        <source>a POSIX shared memory name has no NUL byte: %1.</source>
        <translation>POSIX 共享内存名称不含 NUL 字节：%1。</translation>
    </message>
    <message>
        <source>a POSIX shared memory name is valid UTF-8 text; this one is not: %1.</source>
        <translation>POSIX 共享内存名称是有效的 UTF-8 文本；这个不是：%1。</translation>
    </message>
</context>
<context>
    <name>core::SnapshotFile</name>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>No snapshot was taken: %1</source>
        <translation>未创建快照：%1</translation>
    </message>
    <message>
        <source>No snapshot was taken: %1 shrank to %2 while it was read.</source>
        <translation>未创建快照：%1 在读取期间缩小到了 %2。</translation>
    </message>
    <message>
        <source>No snapshot was taken: IPC_STAT of segment %1 is refused (%2).</source>
        <translation>未创建快照：对段 %1 的 IPC_STAT 被拒绝（%2）。</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its %2 (%3 long). It may have been cut short while it was copied or saved.</source>
        <translation>%1 已被截断：文件在其%2（长 %3）中途就结束了。可能是在复制或保存时被截短了。</translation>
    </message>
    <message>
        <source>%1 is not a ShmScope snapshot: a snapshot file starts with SHMSNAP.</source>
        <translation>%1 不是 ShmScope 快照：快照文件以 SHMSNAP 开头。</translation>
    </message>
    <message>
        <source>header</source>
        <translation>文件头</translation>
    </message>
    <message>
        <source>%1 is a snapshot of format version %2; this ShmScope reads version %3 only.</source>
        <translation>%1 是格式版本 %2 的快照；此 ShmScope 只能读取版本 %3。</translation>
    </message>
    <message>
        <source>%1 is damaged: its kind is %2, neither 1 (System V segment) nor 2 (POSIX object).</source>
        <translation>%1 已损坏：其类型为 %2，既不是 1（System V 段），也不是 2（POSIX 对象）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>layout name</source>
        <translation>布局名称</translation>
    </message>
    <message>
        <source>layout text</source>
        <translation>布局文本</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 would be %3 long.</source>
        <translation>%1 已损坏：其%2的长度将达 %3。</translation>
    </message>
    <message>
        <source>%1 is truncated: its header announces %2 of the segment, the file holds %3. It may have been cut short while it was copied or saved.</source>
        <translation>%1 已被截断：文件头声明段有 %2，而文件中只有 %3。可能是在复制或保存时被截短了。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 follow the %3 of the segment its header announces.</source>
        <translation>%1 已损坏：在文件头声明的段的 %3 之后还多出 %2。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>cannot save the snapshot to %1: %2</source>
        <translation>无法将快照保存到 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a regular file: a snapshot is a file.</source>
        <translation>%1 不是普通文件：快照必须是文件。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>core::SnapshotObject</name>
    <message>
        <source>snapshot of %1 (%2)</source>
        <translation>%1 的快照（%2）</translation>
    </message>
    <message>
        <source>Bytes %1 to %2 lie outside the snapshot&apos;s %3 bytes.</source>
        <translation>字节 %1 到 %2 超出了快照的 %3 字节范围。</translation>
    </message>
    <message>
        <source>A snapshot is read-only: it shows the bytes of %1 as they were at %2. Attach the segment to edit it.</source>
        <translation>快照是只读的：它显示的是 %1 在 %2 时的字节。要编辑，请附加该段。</translation>
    </message>
</context>
<context>
    <name>core::SparseReader</name>
    <message>
        <source>Could not read bytes %1 to %2 of segment %3.</source>
        <translation>无法读取段 %3 的第 %1 到 %2 字节。</translation>
    </message>
</context>
<context>
    <name>core::StPid</name>
    <message>
        <source>The name is empty: give the text for names[], 1 to %1 bytes.</source>
        <translation>名字是空的：请给出 names[] 的文本，1 到 %1 字节。</translation>
    </message>
    <message>
        <source>The name is %1 bytes, and names[51] holds at most %2 and the closing NUL. Nothing was created or written.</source>
        <translation>名字有 %1 字节，而 names[51] 最多只能存放 %2 字节和结尾的 NUL。没有创建或写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Renamed up to %1 time(s), the name grows to &quot;%2&quot; (%3 bytes), and names[51] holds at most %4 and the closing NUL: shorten the name, rename less often or hold for less time. Nothing was created or written.</source>
        <translation>
            <numerusform>最多改名 %1 次后，名字会变成“%2”（%3 字节），而 names[51] 最多只能放 %4 字节和结尾的 NUL：请缩短名字、降低改名频率或缩短保持时间。没有创建或写入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::StructParser</name>
    <message>
        <source>%1 is %2 bytes (%3 TiB); layouts over 1 TiB are refused, as no segment that large can be attached</source>
        <translation>%1 有 %2 字节（%3 TiB）；超过 1 TiB 的布局会被拒绝，因为没有这么大的段可以附加</translation>
    </message>
    <message>
        <source>%1 has no bytes (sizeof is 0): there is nothing to show</source>
        <translation>%1 没有字节（sizeof 为 0）：没有可以显示的内容</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is nested more than %2 levels deep (structs in structs, or array dimensions): that is more than a layout can show</source>
        <translation>&apos;%1&apos; 的嵌套超过了 %2 层（结构体套结构体，或者数组的维数）：超出了布局所能显示的范围</translation>
    </message>
    <message>
        <source>%1 is a flexible array member: sizeof does not count its elements, and they are not shown.</source>
        <translation>%1 是柔性数组成员：sizeof 不计入它的元素，这些元素也不会显示。</translation>
    </message>
    <message>
        <source>the array &apos;%1&apos; has 0 elements: give it the number of elements it has in the segment, or write %1[] for a flexible array member at the end</source>
        <translation>数组 &apos;%1&apos; 有 0 个元素：请写出它在段中的元素个数，或者在末尾写成 %1[] 作为柔性数组成员</translation>
    </message>
    <message>
        <source>%1: only the first %2 of %3 elements are listed.</source>
        <translation>%1：%3 个元素中只列出了前 %2 个。</translation>
    </message>
    <message>
        <source>libclang could not read this text (error %1).</source>
        <translation>libclang 无法读取这段文本（错误 %1）。</translation>
    </message>
    <message>
        <source>The text declares no struct or union: the layout is the last struct or union it defines.</source>
        <translation>这段文本没有声明任何 struct 或 union：布局取的是它定义的最后一个 struct 或 union。</translation>
    </message>
    <message>
        <source>The layout is empty: write a struct, such as struct st_pid { int pid; char names[51]; };</source>
        <translation>布局是空的：请写一个结构体，例如 struct st_pid { int pid; char names[51]; };</translation>
    </message>
    <message>
        <source>The layout text is %1 bytes; at most %2 bytes are read.</source>
        <translation>布局文本有 %1 字节；最多只读取 %2 字节。</translation>
    </message>
    <message>
        <source>An array has more than %1 dimensions: that is more than a layout can show.</source>
        <translation>有一个数组超过了 %1 维：超出了布局所能显示的范围。</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more error(s))</source>
        <translation>
            <numerusform>（另有 %n 个错误）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>libclang could not read the standard headers (error %1).</source>
        <translation>libclang 无法读取标准头文件（错误 %1）。</translation>
    </message>
    <message>
        <source>Could not write the list of allowed headers to %1: %2.</source>
        <translation>无法将允许的头文件列表写入 %1：%2。</translation>
    </message>
    <message>
        <source>The layout is too large: libclang ran out of memory while reading it (or crashed on it); nothing was laid out.</source>
        <translation>布局过大：libclang 读取它时内存耗尽（或在其上崩溃）；未排布任何内容。</translation>
    </message>
    <message>
        <source>%1: a layout may include only the standard headers ShmScope reads itself (stdint.h, stdbool.h, stddef.h, sys/types.h, pthread.h, semaphore.h, time.h); paste the declarations of your own headers instead</source>
        <translation>%1：布局只能包含 ShmScope 自己读取的标准头文件（stdint.h、stdbool.h、stddef.h、sys/types.h、pthread.h、semaphore.h、time.h）；请改为粘贴你自己头文件中的声明</translation>
    </message>
</context>
<context>
    <name>core::SysvIpcLister</name>
    <message numerus="yes">
        <source>/proc/sysvipc/sem lists %1 of the %n semaphore set(s) the kernel counts.</source>
        <translation>
            <numerusform>内核共计 %n 个信号量集，/proc/sysvipc/sem 只列出了 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The semaphore sets come from semctl(SEM_STAT_ANY) instead.</source>
        <translation>%1 信号量集改由 semctl(SEM_STAT_ANY) 读取。</translation>
    </message>
    <message numerus="yes">
        <source>/proc/sysvipc/msg lists %1 of the %n message queue(s) the kernel counts.</source>
        <translation>
            <numerusform>内核共计 %n 个消息队列，/proc/sysvipc/msg 只列出了 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The message queues come from msgctl(MSG_STAT_ANY) instead.</source>
        <translation>%1 消息队列改由 msgctl(MSG_STAT_ANY) 读取。</translation>
    </message>
    <message>
        <source>The semaphores of set %1 could not be read: %2</source>
        <translation>无法读取信号量集 %1 的信号量：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s) could not be read: no read permission.</source>
        <translation>
            <numerusform>有 %n 个信号量集无法读取：没有读权限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s) were removed while they were listed: left out.</source>
        <translation>
            <numerusform>有 %n 个信号量集在列出时被删除，已略去。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel did not say how many semaphore sets there are: %1</source>
        <translation>内核没有给出信号量集的数量：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s) are hidden: this kernel lets only readers of a set stat it.</source>
        <translation>
            <numerusform>有 %n 个信号量集看不到：这个内核只允许有读权限的进程查询信号量集。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel did not say how many message queues there are: %1</source>
        <translation>内核没有给出消息队列的数量：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n message queue(s) are hidden: this kernel lets only readers of a queue stat it.</source>
        <translation>
            <numerusform>有 %n 个消息队列看不到：这个内核只允许有读权限的进程查询消息队列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::SysvIpcParser</name>
    <message>
        <source>%1 line %2 skipped: expected %3, got &quot;%4&quot;</source>
        <translation>%1 第 %2 行已跳过：应为 %3，实为“%4”</translation>
    </message>
</context>
<context>
    <name>core::TextFile</name>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>一个 FIFO（命名管道）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is %2, not a file: only a regular file is read.</source>
        <translation>%1 是%2，不是文件：只读取普通文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most that is read.</source>
        <translation>%1 大于 %2 字节，即读取的上限。</translation>
    </message>
</context>
<context>
    <name>core::WatchList</name>
    <message>
        <source>&quot;%1&quot; is not a field name such as names, pos.x or items[3].</source>
        <translation>&quot;%1&quot; 不是字段名；字段名形如 names、pos.x 或 items[3]。</translation>
    </message>
    <message>
        <source>%1 is not an array: it has no element %2.</source>
        <translation>%1 不是数组：它没有元素 %2。</translation>
    </message>
    <message>
        <source>%1 has %2 elements: there is no %1%3.</source>
        <translation>%1 有 %2 个元素：不存在 %1%3。</translation>
    </message>
    <message>
        <source>%1 is not a struct or union: it has no field &quot;%2&quot;.</source>
        <translation>%1 不是结构体或联合体：它没有字段 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields: %3.</source>
        <translation>%1 没有字段 &quot;%2&quot;；它的字段有：%3。</translation>
    </message>
    <message>
        <source>give a field name such as names, pos.x or items[3].</source>
        <translation>请给出字段名，例如 names、pos.x 或 items[3]。</translation>
    </message>
</context>
</TS>
