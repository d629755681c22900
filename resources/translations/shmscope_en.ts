<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CreateSegmentDialog</name>
    <message>
        <source>New Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x1234 or 4660</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number processes agree on to find the segment: hex (0x1234) or decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private (IPC_PRIVATE): no key; share the shmid instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode (octal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode in octal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call that will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LikelyUserRules</name>
    <message>
        <source>the rule is not a JSON object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a condition or a member rules have (they have %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule has no &quot;label&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule has no &quot;evidence&quot; sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;zh_CN&quot; must hold both a &quot;label&quot; and an &quot;evidence&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence names {%1}, which is none of {%2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text or a list of texts, none empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an empty list: nothing could match it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is none of sysv, posix, memfd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes &quot;min&quot; and &quot;max&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: its min (%2) is above its max (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; needs both &quot;min&quot; and &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;owner&quot; must be a user name or a uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;bytes&quot; must be a list of tests such as {&quot;offset&quot;: 0, &quot;hex&quot;: &quot;0e 75&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each test of &quot;bytes&quot; needs an &quot;offset&quot; (a number, or &quot;0x10&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;hex&quot; &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;int32&quot; must be a whole number that fits in 32 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;live_pid&quot; is true or a list of process names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test of &quot;bytes&quot; takes &quot;hex&quot;, &quot;int32&quot; or &quot;live_pid&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each test of &quot;bytes&quot; takes exactly one of &quot;hex&quot;, &quot;int32&quot;, &quot;live_pid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tests of &quot;bytes&quot; look at more than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;key&quot; is a System V segment&apos;s, and the rule&apos;s kind leaves them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is a POSIX object&apos;s or memfd&apos;s, and the rule&apos;s kind leaves them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not JSON (%3); none of its rules are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the file holds no &quot;rules&quot; list ({&quot;rules&quot;: [...]}); none of its rules are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3; this rule is left out, the others are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShmScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShmScope main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key, shmid, owner or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a segment with shmget() (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Segment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected segments with shmctl(IPC_RMID), as ipcrm does (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the selected segment read-only with shmat(SHM_RDONLY) and show its bytes (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;Read-Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the selected segment read-write, so that its bytes can be edited (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach (shmdt) the segment of the current tab (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the kernel&apos;s list of segments now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or resume the live refresh (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, larger text, the table, struct pane and call log, and a change highlight seen from the back of a room (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, up to 300% (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text, down to 100% (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at 100% (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Lesson &amp;Writer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start shmdemo write as a child process: a student writing into the lesson&apos;s segment (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop All Writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every lesson writer started here; each detaches (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShmScope &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide: System V shared memory, the four calls, the lesson and the call log (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ShmScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version, the licence and the Qt of this ShmScope (Ctrl+F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;POSIX Object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a POSIX shared memory object in /dev/shm with shm_open() and ftruncate() (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left behind: segments nobody attached whose creator exited, removed segments a process keeps alive, POSIX objects nobody holds (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a frozen field is written back, and how much memory each tab&apos;s recorder may keep (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected segment through a process that maps it, without attaching it: its nattch, lpid and atime stay as they were (Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe Read-Writ&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe the selected segment through a process that maps it, and write through that process when you edit (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AboutBox</name>
    <message>
        <source>&lt;h3&gt;ShmScope %1&lt;/h3&gt;&lt;p&gt;Inspect and edit Linux System V shared memory: the segments ipcs -m lists, live, with their bytes, their structs and every call made to the kernel.&lt;/p&gt;&lt;p&gt;Copyright (c) 2026 the ShmScope authors. Free software under the MIT License.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShmScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::AddBookmarkDialog</name>
    <message>
        <source>Add Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x%1 to 0x%2 (%3)</source>
        <extracomment>Where the new bookmark is: &quot;0x10 to 0x13 (4 bytes)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::BookmarkModel</name>
    <message>
        <source>not recorded at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the end</source>
        <extracomment>A bookmark kept for this key whose bytes a smaller segment does not have.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 0x%2 to 0x%3, %4</source>
        <extracomment>A bookmark&apos;s tooltip: &quot;header: 0x10 to 0x13, 4 bytes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::BookmarkPane</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of a private segment (key 0) are not remembered after it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bookmark to select its bytes; double-click its name to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <extracomment>The name a new bookmark is offered: &quot;Bookmark 1&quot;, &quot;Bookmark 2&quot;...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmark %1 (0x%2, %3) lies past the end of this segment, which has %4: it is kept for the key, but there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::BytesTransfer</name>
    <message>
        <source>Enter a byte (0x41, 65 or &apos;A&apos;) or bytes in hex (de ad be ef).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one ASCII character: write the bytes in hex instead (de ad be ef).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a byte: a byte is 0 to 255 (0x00 to 0xff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only attach: attach read-write to change the bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no bytes to save: the object is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Selection: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Whole Object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes shown are those of a past moment: press Back to Live to save the bytes of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrank while it was saved: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a File at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load File at Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; only %3 fit from %4 to the end. Load the first %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was loaded: %1 is longer than the room from %2 to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the bytes to fill first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 from %2 with a byte (0x41, 65 or &apos;A&apos;) or a pattern in hex (de ad be ef), repeated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill %1 at %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CallLogModel</name>
    <message>
        <source>Seen between two refreshes: another process, or the kernel, did this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call ShmScope made, as C, and what the kernel returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same from a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field ShmScope wrote: the C a program writes for it, then the memcpy that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest from a shell: ipcmk makes a new segment of this size and mode, but gives it a random key, as it cannot make a private one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CallLogPane</name>
    <message>
        <source>Every call ShmScope makes to the kernel, as C, with what it returned and the shell command that does the same; in italics, what other processes did between two refreshes. The refresh timer&apos;s own reads of /proc are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or all of them when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Call Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call log could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ChecksumDialog</name>
    <message>
        <source>Computing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available in this libcrypto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums of %1, read at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s) from 0x%2 to 0x%3</source>
        <translation>
            <numerusform>%1 byte from 0x%2 to 0x%3</numerusform>
            <numerusform>%1 bytes from 0x%2 to 0x%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Checksums and Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes selected in the hex view when the dialog was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every byte of the segment or object, from offset 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What python3 -c &quot;import zlib; print(&apos;%08x&apos; % zlib.crc32(data))&quot; prints for the same bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What python3 -c &quot;import zlib; print(&apos;%08x&apos; % zlib.adler32(data))&quot; prints for the same bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What md5sum prints for the same bytes saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sha1sum prints for the same bytes saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sha256sum prints for the same bytes saved to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing; nothing is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bytes again: another process may have changed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte &amp;histogram (how often each value 00 to ff occurs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar heights by the logarithm of the count: rare values stay visible beside a tall bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy says how unpredictable the bytes are: 0 when every byte is the same, 8 when all 256 values are equally common, as in random, compressed or encrypted data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy: %1 bits per byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean byte value %1; %n of the 256 values occur.</source>
        <translation>
            <numerusform>Mean byte value %1; %n of the 256 values occurs.</numerusform>
            <numerusform>Mean byte value %1; %n of the 256 values occur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CreateMessageQueueDialog</name>
    <message>
        <source>New Message Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New System V message queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number processes agree on to find the queue: hex (0x1234) or decimal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CreatePosixDialog</name>
    <message>
        <source>New POSIX Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New POSIX shared memory object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A / and then a name without another /, such as /st_pid: what processes give shm_open() to find the object. Its file is /dev/shm/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes (4096), or a number with a unit (4 KiB, 1.5 MiB, 2 GB). 0 makes an empty object: ftruncate() can grow it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode (octal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode in octal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls that will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is not valid text: it cannot be written as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is more than a file may hold (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shm_open() clears the bits of the umask (%1) from the mode, as open() does: the file gets %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CreateSegmentDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose &quot;Private&quot;, or another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A segment needs at least %1 byte(s) (shmmin).</source>
        <translation>
            <numerusform>A segment needs at least %1 byte (shmmin).</numerusform>
            <numerusform>A segment needs at least %1 bytes (shmmin).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more page(s) would pass shmall, the pages all segments together may hold: %2 of %3 are in use (see /proc/sys/kernel/shmall).</source>
        <translation>
            <numerusform>%1 more page would pass shmall, the pages all segments together may hold: %2 of %3 are in use (see /proc/sys/kernel/shmall).</numerusform>
            <numerusform>%1 more pages would pass shmall, the pages all segments together may hold: %2 of %3 are in use (see /proc/sys/kernel/shmall).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are already %1 segment(s), as many as shmmni allows.</source>
        <translation>
            <numerusform>There is already %1 segment, as many as shmmni allows.</numerusform>
            <numerusform>There are already %1 segments, as many as shmmni allows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than shmmax, the largest segment this system allows (%2; see /proc/sys/kernel/shmmax).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CreateSemaphoreSetDialog</name>
    <message>
        <source>New Semaphore Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New System V semaphore set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number processes agree on to find the set: hex (0x1234) or decimal. The lesson&apos;s segment has 0x1234: a set of the same key is the lock that guards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Semaphores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of semaphores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many semaphores the set holds: 1 to %1 (semmsl). It cannot change later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value for every semaphore (1 makes each a free lock), or one a semaphore separated by spaces (1 0 3); each 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set holds 1 to %1 semaphores (semmsl, the first number of /proc/sys/kernel/sem), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give one value for every semaphore, or %n value(s), one a semaphore.</source>
        <translation>
            <numerusform>Give one value for every semaphore, or %n value, one a semaphore.</numerusform>
            <numerusform>Give one value for every semaphore, or %n values, one a semaphore.</numerusform>
        </translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::DataInspectorModel</name>
    <message>
        <source>not recorded at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 bytes in their order, as networks send them (network byte order): the endianness choice does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character whose UTF-8 encoding starts here: 1 to 4 bytes, in their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte: endianness does not apply to a single byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, little endian: the first is the least significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, big endian: the first is the most significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at 0x%2 would run past the end of the segment, which ends at 0x%3: nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A typed value the inspector refused: &quot;int32: &quot;2.5&quot; is not a whole number: ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector: %1 at 0x%2 = %3</source>
        <extracomment>The undo step of an edit in the data inspector: &quot;Inspector: int32 at 0x10 = 42&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::DataInspectorPane</name>
    <message>
        <source>Data inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes at the cursor as each type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little endian: the byte at the lowest offset is the least significant (x86 and ARM as Linux runs them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big endian: the byte at the lowest offset is the most significant (network byte order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 0x%1</source>
        <extracomment>Where the data inspector&apos;s values start: &quot;at 0x10&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::DetailsPanel</name>
    <message>
        <source>Segment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a segment to see everything the kernel knows about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attach/detach by pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches (nattch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 attachment(s) visible.</source>
        <translation>
            <numerusform>%1 of %2 attachment visible.</numerusform>
            <numerusform>%1 of %2 attachments visible.</numerusform>
        </translation>
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The others belong to processes whose memory maps we may not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits it counts against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (shmmni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest segment (shmmax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All segments (shmall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 page(s)</source>
        <translation>
            <numerusform>%1 of %2 page</numerusform>
            <numerusform>%1 of %2 pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Smallest segment (shmmin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s) in use (no practical limit)</source>
        <translation>
            <numerusform>%1 page in use (no practical limit)</numerusform>
            <numerusform>%1 pages in use (no practical limit)</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size, owner, mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: only a mapping of it was seen, and the file behind a mapping may be looked at only with CAP_SYS_ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device, inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes that hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no process maps it or holds it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be read: they may hold it too.</source>
        <translation>
            <numerusform>%n process could not be read: it may hold it too.</numerusform>
            <numerusform>%n processes could not be read: they may hold it too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody maps it or holds it open; it stays in /dev/shm, costing its bytes, until someone unlinks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody has it attached and its creator (pid %1) has exited; it stays until removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ours, the one ipcs shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes in it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::HelpDialog</name>
    <message>
        <source>ShmScope Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::HexView</name>
    <message>
        <source>Segment bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attach is read-only: attach the segment read-write to edit its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hex digit: type 0-9 or a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ASCII character: type it in the hex column as bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection is larger than %1 MiB: too much to copy as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor at offset 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <extracomment>The hex view&apos;s tooltip over bookmarked bytes: &quot;Bookmark: header, pid&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::HistogramView</name>
    <message numerus="yes">
        <source>0x%1%2: %3 byte(s) (%4 %)</source>
        <translation>
            <numerusform>0x%1%2: %3 byte (%4 %)</numerusform>
            <numerusform>0x%1%2: %3 bytes (%4 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::HistoryPlot</name>
    <message>
        <source>%1  %2</source>
        <comment>a watched value&apos;s time, then the value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value read yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::IpcCommands</name>
    <message>
        <source>Created semaphore set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created message queue %1: %2 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one semaphore set to set a value of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore set %1 lives in another IPC namespace: the window sets values in sets of ours only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove semaphore set %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n semaphore set(s): %1?</source>
        <translation>
            <numerusform>Remove %n semaphore set: %1?</numerusform>
            <numerusform>Remove %n semaphore sets: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is semctl(IPC_RMID), what ipcrm -s does. The set goes at once, with its values; it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) wait in semop() on it: each wakes at once, and its semop() fails with EIDRM (identifier removed).</source>
        <translation>
            <numerusform>%n process waits in semop() on it: it wakes at once, and its semop() fails with EIDRM (identifier removed).</numerusform>
            <numerusform>%n processes wait in semop() on it: each wakes at once, and its semop() fails with EIDRM (identifier removed).</numerusform>
        </translation>
    </message>
    <message>
        <source>A process that waits on it later gets EIDRM or EINVAL from semop().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Semaphore Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore set %1 lives in another IPC namespace: the window removes sets of ours only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove message queue %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n message queue(s): %1?</source>
        <translation>
            <numerusform>Remove %n message queue: %1?</numerusform>
            <numerusform>Remove %n message queues: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is msgctl(IPC_RMID), what ipcrm -q does. It cannot be undone; a process waiting in msgsnd() or msgrcv() on it wakes with EIDRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still wait in it, unread: they are lost.</source>
        <translation>
            <numerusform>%n message still waits in it, unread: it is lost.</numerusform>
            <numerusform>%n messages still wait in it, unread: they are lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Message Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue %1 lives in another IPC namespace: the window removes queues of ours only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::IpcCreateDialog</name>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x1234 or 4660</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private (IPC_PRIVATE): no key; share the id instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode (octal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode in octal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission bits in octal: 600 for the owner alone, 660 for the group too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls that will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose &quot;Private&quot;, or another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::IpcDetailsHtml</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (same key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphores (nsems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last semop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ipcs -s -i %1 shows: semctl GETALL for the values, GETPID, GETNCNT and GETZCNT for each semaphore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no process is blocked in semop() on this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) the kernel counts as waiting (ncnt + zcnt) could not be named: they are in another namespace, or their /proc may not be read.</source>
        <translation>
            <numerusform>%n process the kernel counts as waiting (ncnt + zcnt) could not be named: it is in another namespace, or its /proc may not be read.</numerusform>
            <numerusform>%n processes the kernel counts as waiting (ncnt + zcnt) could not be named: they are in another namespace, or their /proc may not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the set wakes them: their semop() fails with EIDRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (qnum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used bytes (cbytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sender (lspid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last receiver (lrpid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sem %1 = %2 · last pid %3 · ncnt %4 · zcnt %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::IpcTables</name>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphore set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Semaphore Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected semaphore sets with semctl(IPC_RMID), as ipcrm -s does: processes waiting on them wake with EIDRM (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Message Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected message queues with msgctl(IPC_RMID), as ipcrm -q does: the messages in them are lost (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System V semaphore sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System V message queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Se&amp;maphore Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a semaphore set with semget() and give its semaphores their first values with semctl(SETALL); ipcmk -S does the same (Ctrl+Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Semaphore &amp;Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one semaphore of the selected set with semctl(SETVAL): processes waiting for it wake when the value lets them (Ctrl+Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Messa&amp;ge Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a message queue with msgget(); ipcmk -Q does the same. Its messages are never shown: reading one takes it off the queue (Ctrl+Alt+Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::KindTabBar</name>
    <message>
        <source>Kind of shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memfd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System V segments: shmget(), shmat(), shmdt(), shmctl(); what ipcs -m lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX objects: shm_open() files of /dev/shm, and those unlinked while still mapped or open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memfd_create() files: shared memory without a name, passed between processes as a descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX named semaphores: sem_open() keeps each in /dev/shm/sem.NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX Semaphores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System V semaphore sets: semget(), semop(), semctl(); what ipcs -s lists. Each set holds one or more counters that processes wait on, such as the lock that guards a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System V message queues: msgget(), msgsnd(), msgrcv(), msgctl(); what ipcs -q lists. The messages themselves are not shown: reading one takes it off the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LayoutEditorDialog</name>
    <message>
        <source>Struct Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struct layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste C declarations: the last struct or union is the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C headers (*.h);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LeaksDialog</name>
    <message>
        <source>segment %1 is removed already: it goes when %2 detach or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX object %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1, key %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default of RemoveIPC in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RemoveIPC=yes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logind removes a user&apos;s segments and POSIX objects when their last session ends (%1): what a logged-out user left is gone already, and what is listed here belongs to users still logged in, to root or to system users, which logind spares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select what to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n leftover(s)?</source>
        <translation>
            <numerusform>Remove %n leftover?</numerusform>
            <numerusform>Remove %n leftovers?</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments go with shmctl(IPC_RMID), what ipcrm -m does; POSIX objects with shm_unlink(). It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Leftovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logind&apos;s RemoveIPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last removal did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected segments and POSIX objects, after one question that lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every segment and POSIX object listed, after one question that lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LeaksModel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shmid or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LessonWriter</name>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by a signal; the kernel detached it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended, detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed with exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LessonWritersPane</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the writer puts into names[]: 1 to %1 bytes, with room for the &quot; 1&quot;, &quot; 2&quot;, ... it adds as it renames itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s key, in hex (0x1234) or decimal (4660)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs shmdemo write NAME --key KEY --every MS as a child process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the writers print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writer named &quot;%1&quot; is already running (pid %2). Give the second student another name, or stop the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shmdemo was not found beside shmscope or on PATH: the lesson writer is the shmdemo program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writer &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, pid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s) since the last refresh: see the table.</source>
        <translation>
            <numerusform>… and %n more change since the last refresh: see the table.</numerusform>
            <numerusform>… and %n more changes since the last refresh: see the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all, %2 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the segment list is read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson Writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment list could not be read; the table shows the last list read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody else has segment %1 attached: detaching destroys it, and its bytes are lost. Detach anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created segment %1: %2 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n segment(s): %1?</source>
        <translation>
            <numerusform>Remove %n segment: %1?</numerusform>
            <numerusform>Remove %n segments: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is shmctl(IPC_RMID), what ipcrm -m does. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them is still attached. It is not freed at once: its key becomes 0x00000000, its status dest, and the kernel frees it when the last process detaches.</source>
        <translation>
            <numerusform>%n of them is still attached. It is not freed at once: its key becomes 0x00000000, its status dest, and the kernel frees it when the last process detaches.</numerusform>
            <numerusform>%n of them are still attached. They are not freed at once: their keys become 0x00000000, their status dest, and the kernel frees each when its last process detaches.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: attaching it is harmless, but the detach that follows (closing its tab, or quitting) destroys it, and its bytes are lost. Attach anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting detaches every tab. kernel.shm_rmid_forced is 1 and nobody else has these segments attached, so quitting destroys them, and their bytes are lost: %1. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1: you agreed that our detach destroys segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1: you declined, so that our detach does not destroy segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of shmmni (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove segment %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still attached, so it is not freed at once: its key becomes 0x00000000, its status dest, and the kernel frees it when the last process detaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, kind, owner, path or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove POSIX Object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected objects with shm_unlink(), as rm /dev/shm/NAME does (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected object read-only: open(O_RDONLY) and mmap(PROT_READ), and show its bytes (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected object read-write, so that its bytes can be edited (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no name in /dev/shm and no process we may read holds it: there is no path to open it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer the object %2 that was listed (inode %3): it went away, and what the path leads to now is another one. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPC namespace %1 is gone (its last process exited): the table lists this namespace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1 %2</source>
        <extracomment>Where a segment lives: &quot;container docker 3f2a1b9c7d10&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2, in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 lives in another IPC namespace: observing reads segments of ours only. Attach it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key, semid, owner or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key, msqid, owner or process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two slow writers tear the lesson&apos;s record; then a semaphore of the same key cures it, step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MessageQueueTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages are not shown: reading one with msgrcv() takes it off the queue, and a tool that only looks must not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC_PRIVATE: only processes given the msqid can use this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait to be received, %1 bytes in all.</source>
        <translation>
            <numerusform>%n message waits to be received, %1 bytes in all.</numerusform>
            <numerusform>%n messages wait to be received, %1 bytes in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has sent a message with msgsnd() yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 made the last msgsnd() on this queue; it may have exited since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has received a message with msgrcv() yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 made the last msgrcv() on this queue; it may have exited since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key given to msgget(). 0x00000000 is IPC_PRIVATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msqid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id msgget() returned; msgsnd(), msgrcv() and msgctl() take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who owns the queue (uid), as ipcs shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission bits in octal: read (4) lets a process receive, write (2) lets it send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of the messages waiting in the queue (used-bytes). The messages are not shown: reading one takes it off the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many messages wait in the queue. They are not shown: reading one takes it off the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that made the last msgsnd() (lspid), and its command while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that made the last msgrcv() (lrpid), and its command while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last message was sent (stime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last message was received (rtime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was created, or its owner, mode or size limit last changed (ctime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who created it (cuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPC namespace it lives in: each container has its own queues, numbered from 0, and ipcs shows only its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::NamespaceSelector</name>
    <message>
        <source>This namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShmScope&apos;s own IPC namespace: the segments ipcs shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every IPC namespace of the machine: the host&apos;s and each container&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which IPC namespace the table lists. Each container (Docker, Podman, a Kubernetes pod) has its own list of segments, numbered from 0, and ipcs shows only the list of the namespace it runs in. Reading another namespace&apos;s list needs root (CAP_SYS_ADMIN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::NamespaceText</name>
    <message numerus="yes">
        <source>%1 (%n process(es))</source>
        <translation>
            <numerusform>%1 (%n process)</numerusform>
            <numerusform>%1 (%n processes)</numerusform>
        </translation>
    </message>
    <message>
        <source>IPC namespace %1 (inode %2): ShmScope&apos;s own, the one ipcs shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC namespace %1 (inode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) in it.</source>
        <translation>
            <numerusform>%n process in it.</numerusform>
            <numerusform>%n processes in it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PosixObjectCommands</name>
    <message>
        <source>Created %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the objects to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s): %1?</source>
        <translation>
            <numerusform>Remove %n object: %1?</numerusform>
            <numerusform>Remove %n objects: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is shm_unlink(), what rm does to its file in /dev/shm. The name goes at once, and no shm_open() finds it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) still map it or hold it open: the object lives on, unlinked, until the last one lets go.</source>
        <translation>
            <numerusform>%n process still maps it or holds it open: the object lives on, unlinked, until the last one lets go.</numerusform>
            <numerusform>%n processes still map it or hold it open: the object lives on, unlinked, until the last one lets go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them is still mapped or open: it lives on, unlinked, until the last process lets go.</source>
        <translation>
            <numerusform>%n of them is still mapped or open: it lives on, unlinked, until the last process lets go.</numerusform>
            <numerusform>%n of them are still mapped or open: they live on, unlinked, until the last process lets go.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove POSIX Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PosixTableModel</name>
    <message>
        <source>POSIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX, unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memfd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shm_open(&quot;%1&quot;) finds it, and its file is %2: it lives until shm_unlink() (or rm) removes the name, and then as long as a process still maps it or holds it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It was unlinked (shm_unlink) but lives on while %n process(es) map it or hold it open; it goes when the last one lets go. No shm_open() can find it any more.</source>
        <translation>
            <numerusform>It was unlinked (shm_unlink) but lives on while %n process maps it or holds it open; it goes when the last one lets go. No shm_open() can find it any more.</numerusform>
            <numerusform>It was unlinked (shm_unlink) but lives on while %n processes map it or hold it open; it goes when the last one lets go. No shm_open() can find it any more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A memfd never had a name in /dev/shm: memfd_create() made it, and processes share it by passing its descriptor (over a socket, or to a child). It lives while %n process(es) map it or hold it open; it goes when the last one lets go.</source>
        <translation>
            <numerusform>A memfd never had a name in /dev/shm: memfd_create() made it, and processes share it by passing its descriptor (over a socket, or to a child). It lives while %n process maps it or holds it open; it goes when the last one lets go.</numerusform>
            <numerusform>A memfd never had a name in /dev/shm: memfd_create() made it, and processes share it by passing its descriptor (over a socket, or to a child). It lives while %n processes map it or hold it open; it goes when the last one lets go.</numerusform>
        </translation>
    </message>
    <message>
        <source>A POSIX named semaphore: sem_open(&quot;%1&quot;) made it, and glibc keeps its sem_t in %2. sem_unlink() removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message>
        <source>Its name is not valid UTF-8: remove it from a shell (rm %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was unlinked already: it has no name left to remove, and goes when the last process lets go of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memfd has no name to remove: it goes when the last process lets go of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semaphore is removed with sem_unlink(), which ShmScope does not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: only a mapping of it was seen, and the file behind a mapping may be looked at (through /proc/PID/map_files) only with CAP_SYS_ADMIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file&apos;s size, which ftruncate() set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uid %1, gid %2: the process that made it, or a later fchown().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode given to shm_open() (less the umask), or a later fchmod(): owner, group, others; read 4, write 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process maps it or holds it open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be read (their maps and descriptors are not yours to read): they may hold it too.</source>
        <translation>
            <numerusform>%n process could not be read (its maps and descriptors are not yours to read): it may hold it too.</numerusform>
            <numerusform>%n processes could not be read (their maps and descriptors are not yours to read): they may hold it too.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no path: see its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file: ls -l %1 shows it, as this row does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1, inode %2: what tells this object from any other, whatever its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sem_wait() takes one from the count, and waits while it is 0; sem_post() gives one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the file may not be read, or is not a sem_t of the layout we know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name given to shm_open() or sem_open(), with its leading /; memfd:NAME for a memfd (a label for people: two memfds may share one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX: a file of /dev/shm made by shm_open(). POSIX, unlinked: removed with shm_unlink() but still mapped or open, so it lives on. memfd: made by memfd_create(), never named in /dev/shm. semaphore: a sem_open() semaphore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size in bytes, which ftruncate() sets; ? when it cannot be known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who owns the file (uid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission bits in octal: owner, group, others (read 4, write 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many processes map it or hold a descriptor to it now; the processes we may not read are counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file in /dev/shm; none for a memfd or an unlinked object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s inode number: with the device, what names the object, whatever its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When its bytes or size last changed (mtime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was made, or its owner, mode or size last changed (ctime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semaphore&apos;s count: sem_post() adds one, sem_wait() takes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan: no process maps it or holds it open, and nobody will let go of it: it stays, costing its bytes, until someone unlinks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program that most likely uses it, told by its name, who holds it and its first bytes; the tooltip gives the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PosixTableView</name>
    <message>
        <source>POSIX shared memory objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write frozen fields back every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a frozen field is read and, when another process changed it, written back with our value. Shorter holds it more firmly and costs more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory scanners write frozen values back every 100 to 500 ms. Applies to every open tab at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recorder memory per tab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much memory the recorder of each tab may keep for the time slider. When it is full, the oldest changes are dropped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorder keeps only the bytes that changed, of the part of the segment on screen, and tells how far back it reaches on the time slider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::RaceLesson</name>
    <message>
        <source>shmdemo was not found beside shmscope or on PATH: the race&apos;s writers are the shmdemo program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race is running: stop it first (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 could not be shown: see the message above the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the writers without a lock first (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The race&apos;s segment is no longer shown: start again from step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writer &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::RacePane</name>
    <message>
        <source>Race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two programs write the lesson&apos;s record at the same time, slowly, a byte at a time, as a slow machine would. Each writes its pid into pid and at both ends of names[] (&quot;4242:Alice 3:4242&quot;): a record whose pids disagree holds bytes of two writes. It is torn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1. Race Without a Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs shmdemo write Alice --slow and shmdemo write Bob --slow on the lesson&apos;s key, and shows the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2. Add the Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the writers again with --lock: each takes the semaphore of the same key around its write, and the window around its reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3. Stop and Clean Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the writers and removes the segment and the semaphore set the race made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the segment and the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the writers but leave the segment and the semaphore set, to look at them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the race&apos;s writers print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writers are stopping. Then the window makes the semaphore of the same key, with the value 1, and starts them again with --lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writers are stopping. Then the segment and the semaphore set are removed, unless you keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 starts two writers, Alice and Bob, without a lock, and shows their segment: watch the struct pane and the count of torn records below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1: Alice and Bob write without a lock. When one starts before the other has finished, or the window reads in the middle of a write, the record is torn. Step 2 adds the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2: each writer takes the semaphore of the same key before it writes (semop -1, SEM_UNDO) and gives it back after (+1); the window takes it around its reads too, and skips a read while a writer holds it. No new record is torn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: the writers have ended, and what the race made is removed (IPC_RMID) unless you kept it. Step 1 runs the race again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads of the record: %1 · torn records seen: %2 · new torn records since the lock: %3 · reads skipped while a writer held the lock: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SegmentDocument</name>
    <message numerus="yes">
        <source>Type %n byte(s) at 0x%1</source>
        <translation>
            <numerusform>Type %n byte at 0x%1</numerusform>
            <numerusform>Type %n bytes at 0x%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has shrunk to %n byte(s) since it was opened: there is nothing at offset %2 to edit.</source>
        <translation>
            <numerusform>%1 has shrunk to %n byte since it was opened: there is nothing at offset %2 to edit.</numerusform>
            <numerusform>%1 has shrunk to %n bytes since it was opened: there is nothing at offset %2 to edit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes shown are those of %1, not now: press Back to Live to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SegmentTab</name>
    <message>
        <source>Attached segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read the bytes on screen on a timer and light up what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh period in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <comment>milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bytes per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;grouped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra space after this many bytes; 0 for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes in hex (42 6f 62) or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Offset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;C Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our attach counts in nattch, and ShmScope becomes the segment&apos;s lpid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (dest): the kernel keeps it until the last process, maybe us, detaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 no longer exists, or its id now names another segment: these are the bytes of the segment we attached. Close the tab to detach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), last at %1</source>
        <translation>
            <numerusform>%n change, last at %1</numerusform>
            <numerusform>%n changes, last at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset, in hex (0x10) or decimal (16), below %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offset %1 is past the end: the segment has %2 byte(s) (0 to %3).</source>
        <translation>
            <numerusform>Offset %1 is past the end: the segment has %2 byte (0 to %3).</numerusform>
            <numerusform>Offset %1 is past the end: the segment has %2 bytes (0 to %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout %1, last used for this key, could not be read again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process changed the bytes at 0x%1 after our edit: we wrote %2, the segment now holds %3. Undo anyway and overwrite them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode of segment %1 no longer lets you (uid %2) read it. These bytes are still live, as our attach keeps the access it was given, but whether the segment is removed can no longer be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes other processes made to the bytes on screen, lit in amber (magenta in presentation mode). Our own edits and undos are lit in green and not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · attached read-write at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · attached read-only at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching… %1 %</source>
        <extracomment>A search in progress, with the part of the segment searched so far.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The find box holds fewer than %1 characters, and a longer paste is cut there: search for a shorter part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped object %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mapped read-write at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mapped read-only at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked: its name is gone, but the kernel keeps the object until the last process, maybe us, unmaps it and closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our mapping and descriptor make ShmScope one of its holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The object shrank to %n byte(s); showing what is left.</source>
        <extracomment>Another process made the POSIX object smaller (ftruncate) while the tab shows it.</extracomment>
        <translation>
            <numerusform>The object shrank to %n byte; showing what is left.</numerusform>
            <numerusform>The object shrank to %n bytes; showing what is left.</numerusform>
        </translation>
    </message>
    <message>
        <source>A pattern of %1 bytes cannot be in %2, which has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>A tab title of a segment of another namespace: &quot;3 (0x00001234) RO in container docker 3f2a1b9c7d10&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <extracomment>The headline of a segment of another IPC namespace, then where it lives.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch as Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free&amp;ze Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze Se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 exited or unmapped segment %2: no process holds it to read through. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our map_files mapping still shows its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes shown are the last ones read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes 0x%1-0x%2</source>
        <extracomment>What a message calls frozen bytes of the hex view: &quot;bytes 0x4-0x36&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · %4, read-write</source>
        <extracomment>&quot;Segment 32768 · key 0x00001234 · 56 bytes · observing through pid 1234 (shmdemo), map_files, read-only&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 · key %2 · %3 · %4, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · taken %3 · read-only</source>
        <extracomment>A snapshot opened alone: &quot;snapshot of segment 32768 (st.shmsnap) · 56 bytes · taken 2026-12-03 ...&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (dest): the kernel keeps it until the last process that maps it detaches; we do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 no longer exists, or its id now names another segment: these are the bytes of the segment we observed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: nattch, lpid and atime stay as they were, and a removed segment is not kept alive by us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checksums and Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Bookmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Bytes to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load File at Cursor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no bytes: there is nothing to checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet: select bytes and add one with Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bookmark of this key lies past the end of this segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SegmentTableModel</name>
    <message>
        <source>%1 of %2 visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with key %1. After IPC_RMID the kernel shows key 0x00000000, so no new shmget() can find this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC_PRIVATE: only processes given the shmid can attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dest: removed with IPC_RMID, but still attached by %n process(es). The memory is freed when the last one detaches.</source>
        <translation>
            <numerusform>dest: removed with IPC_RMID, but still attached by %n process. The memory is freed when it detaches.</numerusform>
            <numerusform>dest: removed with IPC_RMID, but still attached by %n processes. The memory is freed when the last one detaches.</numerusform>
        </translation>
    </message>
    <message>
        <source>locked: SHM_LOCK keeps the pages in memory, never swapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) in force now: each shmat() adds one; shmdt(), exit and exec take one away.</source>
        <translation>
            <numerusform>%n attachment in force now: each shmat() adds one; shmdt(), exit and exec take one away.</numerusform>
            <numerusform>%n attachments in force now: each shmat() adds one; shmdt(), exit and exec take one away.</numerusform>
        </translation>
    </message>
    <message>
        <source>Process %1 created this segment with shmget(); it may have exited since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has attached it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 made the last shmat() or shmdt() on this segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) belong to processes whose memory maps we may not read.</source>
        <translation>
            <numerusform>%n attachment belongs to a process whose memory map we may not read.</numerusform>
            <numerusform>%n attachments belong to processes whose memory maps we may not read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key given to shmget(). 0x00000000 is IPC_PRIVATE, or a segment removed with IPC_RMID while still attached: the kernel hides its key so that no new shmget() finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shmid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id shmget() returned; shmat() and shmctl() take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who owns the segment (uid), as ipcs shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission bits in octal: owner, group, others (read 4, write 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size asked of shmget(), in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nattch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many attachments are in force now, in all processes: shmat() adds one; shmdt(), exit and exec take one away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty while in use. dest: removed with IPC_RMID but still attached, freed at the last detach; locked: held in memory by SHM_LOCK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size, readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cpid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that created the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lpid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that made the last shmat() or shmdt(); it need not be attached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes that have it attached now (command and pid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was created, or its owner or mode last changed (ctime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last shmat() (atime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last shmdt() (dtime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who created it (cuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of it held in memory now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of it swapped out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan: nobody has it attached and its creator (pid %1) has exited. Nothing will ever detach it: it stays, costing its bytes, until someone removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPC namespace it lives in: each container has its own list of segments, numbered from 0, and ipcs shows only its own. Named by its container, or by its inode as /proc/PID/ns/ipc reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program that most likely uses it, told by who attaches it, its key, size and first bytes; the tooltip gives the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, orphan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SemaphoreSetTableModel</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waits in semop() on this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for semaphore %2 to increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for semaphore %2 to become zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits on semaphore %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC_PRIVATE: only processes given the semid can use this set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphore %1 = %2, last semop() by pid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) the kernel counts as waiting (ncnt + zcnt) could not be named from /proc.</source>
        <translation>
            <numerusform>%n process the kernel counts as waiting (ncnt + zcnt) could not be named from /proc.</numerusform>
            <numerusform>%n processes the kernel counts as waiting (ncnt + zcnt) could not be named from /proc.</numerusform>
        </translation>
    </message>
    <message>
        <source>No process has called semop() on this set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key given to semget(). 0x00000000 is IPC_PRIVATE. A segment with the same key is usually the memory this set guards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id semget() returned; semop() and semctl() take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who owns the set (uid), as ipcs shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission bits in octal: read (4) lets a process look at the values, alter (2) lets it change them with semop() or semctl().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nsems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many semaphores the set holds, fixed by semget().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each semaphore&apos;s value, in order (semctl GETALL). A lock is 1 when free and 0 when taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes blocked in semop() on this set: waiting for a value to increase (ncnt) or to become zero (zcnt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last semop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a process last called semop() on the set (otime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was created, or a value was set or its owner or mode changed with semctl() (ctime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who created it (cuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group of the user who created it (cgid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owning group (gid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPC namespace it lives in: each container has its own sets, numbered from 0, and ipcs shows only its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SemaphoreStrip</name>
    <message>
        <source>nobody waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for sem %2 to be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for sem %2 to increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for sem %1 to increase</source>
        <translation>
            <numerusform>%n waits for sem %1 to increase</numerusform>
            <numerusform>%n wait for sem %1 to increase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) for sem %1 to be 0</source>
        <translation>
            <numerusform>%n waits for sem %1 to be 0</numerusform>
            <numerusform>%n wait for sem %1 to be 0</numerusform>
        </translation>
    </message>
    <message>
        <source>Semaphore set %1 of the same key %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sem %1 = %2</source>
        <extracomment>One semaphore of the set and its value: &quot;sem 0 = 1&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more not shown)</source>
        <translation>
            <numerusform>(%n more not shown)</numerusform>
            <numerusform>(%n more not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>The System V semaphore set with this segment&apos;s key: the lesson&apos;s lock. Its values are read at each tick (semctl GETALL) and lit when they change; who waits comes from the processes blocked in semop().</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SetSemaphoreValueDialog</name>
    <message>
        <source>Set Semaphore Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a semaphore&apos;s value in set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Semaphore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which semaphore of set %1: 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to %1 (SEMVMX). A process waiting for the value to increase, or to become zero, wakes when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call that will be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 has semaphores 0 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SnapshotCommands</name>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the bytes of the tab&apos;s segment or object, what IPC_STAT says of it, the time and the layout shown into a snapshot file, to compare with or to open later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the bytes of the tab that differ from a snapshot file in blue, and show the fields that differ as old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;napshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a snapshot file alone, read-only, in a tab of its own; compare it with another snapshot from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShmScope snapshots (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1 (%2 bytes) saved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SnapshotComparison</name>
    <message>
        <source>Compared with %1 (taken %2): no byte differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 (taken %2): %3 in %4, marked in blue; changed fields show old → new.</source>
        <extracomment>&quot;4 bytes differ in 3 ranges, marked in blue&quot;: the two counts are said apart for their plurals.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) differ</source>
        <translation>
            <numerusform>%n byte differs</numerusform>
            <numerusform>%n bytes differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n range(s)</source>
        <translation>
            <numerusform>%n range</numerusform>
            <numerusform>%n ranges</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot has %1 bytes, this %2: the first %3 are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::StructDelegate</name>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::StructModel</name>
    <message>
        <source>unavailable: past the end of the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bits %2-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding: bytes the compiler left out so that the next field is aligned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attach is read-only: attach the segment read-write to edit its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies past the end of the segment: it is never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A field&apos;s value in a snapshot, then now: &quot;st 1 → st 2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Frozen: rewritten every %1 ms when another process changes it; fought %n time(s) so far.</source>
        <extracomment>The tooltip of a frozen field; %1 is the period in ms, %n the fights.</extracomment>
        <translation>
            <numerusform>Frozen: rewritten every %1 ms when another process changes it; fought %n time so far.</numerusform>
            <numerusform>Frozen: rewritten every %1 ms when another process changes it; fought %n times so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a field to freeze.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::StructPane</name>
    <message>
        <source>Struct fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of the struct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment holds several records of this struct back to back: which one to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or paste the C struct to read the segment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: sizeof %2 byte(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: sizeof %2 byte</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: sizeof %2 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has only %1 byte(s), fewer than sizeof (%2): the fields past byte %1 are unavailable and are never read or written.</source>
        <translation>
            <numerusform>The segment has only %1 byte, fewer than sizeof (%2): the fields past byte %1 are unavailable and are never read or written.</numerusform>
            <numerusform>The segment has only %1 bytes, fewer than sizeof (%2): the fields past byte %1 are unavailable and are never read or written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has %1 bytes: room for %2 record(s) of sizeof %3.</source>
        <translation>
            <numerusform>The segment has %1 bytes: room for %2 record of sizeof %3.</numerusform>
            <numerusform>The segment has %1 bytes: room for %2 records of sizeof %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has %1 bytes: room for %2 record(s) of sizeof %3; the bytes from offset %4 to the end are too few for another.</source>
        <translation>
            <numerusform>The segment has %1 bytes: room for %2 record of sizeof %3; the bytes from offset %4 to the end are too few for another.</numerusform>
            <numerusform>The segment has %1 bytes: room for %2 records of sizeof %3; the bytes from offset %4 to the end are too few for another.</numerusform>
        </translation>
    </message>
    <message>
        <source>laying out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot this field&apos;s value over time below, from every change the refresh sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the field at its value now: it is written back whenever another process changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze at &amp;Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the field at a value you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfreeze &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze at Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1 (%2) at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torn: bytes from pid %1 and pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torn: bytes from pids %1</source>
        <extracomment>More than two writers&apos; bytes in one record: &quot;torn: bytes from pids 1234, 5678, 9012&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this field&apos;s bytes and give them a colour in the hex view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::TimeSlider</name>
    <message>
        <source>Time shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag back to see the bytes and fields as the refresh read them then; the right end is live. Bytes that were not on screen at that moment show as &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bytes of now again (edits are possible again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <extracomment>The moment of the past the panes show, and how long before now: &quot;15:42:07.300 (12.4 s ago)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded %1 s, %2 of %3</source>
        <extracomment>What the recorder holds: &quot;recorded 95 s, 1.2 MiB of 16.0 MiB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::WatchPane</name>
    <message>
        <source>%1 is watched already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies past the end of the segment: there is nothing of it to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 = %2 · %n value(s)</source>
        <extracomment>A watched field: its name, its value now, and how many values its history keeps.</extracomment>
        <translation>
            <numerusform>%1 = %2 · %n value</numerusform>
            <numerusform>%1 = %2 · %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of watched fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop recording this field&apos;s changes, or record them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the values kept, with their times, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching this field and forget its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change of %1 the refresh saw; point at the plot to read a value and its time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::WindowOptions</name>
    <message>
        <source>--read-write and --layout go with --attach SHMID or --key KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attach wants a segment id, a number from the Shmid column, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout %1 does not compile:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--observe goes with --attach SHMID or --key KEY (or --dump and --read).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::CommandLine</name>
    <message>
        <source>Inspect and edit Linux System V shared memory: the segments, their bytes, live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the system&apos;s segments and exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dump: this many bytes (default: up to the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --read, --attach or --key: st_pid (the built-in struct), a saved layout&apos;s name, or a C header file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window with this segment attached (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window with the segment of this key attached (0x1234 or 4660).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --attach or --key: attach read-write, to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use %1 or %2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout goes with --read SHMID (or --attach or --key in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset and --length go with --dump SHMID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;; use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a number of bytes, such as 4096, 0x1000 or 4k, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a segment id, a number from the shmid column of --list, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; for --read; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dump or --read: read a segment even when kernel.shm_rmid_forced is 1 and nobody has it attached, so that our detach destroys it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --read: list every error of a layout that does not compile, not just the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all-errors goes with --read SHMID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--even-if-destroyed goes with --dump SHMID or --read SHMID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for the window; it does not go with --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read. Add --even-if-destroyed to read it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout %1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout %1 does not compile: %2 (and %3 more; --all-errors shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the bytes of a segment, or of a POSIX object or memfd by its path (/dev/shm/NAME, /proc/PID/fd/N), as hexdump -C does and exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fields of a segment, or of a POSIX object or memfd by its path, decoded through --layout, and exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type goes with --list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv lists System V segments only; use table or json with --type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 processes may not be read: what they map or hold open is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--even-if-destroyed is for System V segments; a POSIX object is not destroyed by our close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace goes with --list, --dump SHMID or --read SHMID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --namespace &quot;%1&quot;; use ours, all or a process id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace is for System V segments; a POSIX object&apos;s path names it in every IPC namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace wants a process id (the namespace of that process) or ours, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a segment lives in one IPC namespace: give --namespace a process id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per change of a segment&apos;s fields (or of a POSIX object&apos;s, by its path) read through --layout, as it happens: time, field, old value, new value; --field watches one field, --count stops after that many changes (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --watch: the one field to watch, as C names it (names, pos.x, items[3]); without it, every field of the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --watch: read the fields every this many milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --watch: exit after printing this many changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a snapshot of a segment, or of a POSIX object or memfd by its path: its bytes, what IPC_STAT says and the time, into the file --output names, and exit (no display needed; docs/SNAPSHOT-FORMAT.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--diff A B: print the byte ranges where A and B differ, each a snapshot file or a segment&apos;s shmid (read now), and with --layout the fields old → new; exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use one of --list, --dump, --read and --watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field, --interval and --count go with --watch SHMID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snapshot SHMID wants --output FILE, the snapshot file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--diff wants two snapshots: --diff A B, each a snapshot file or a shmid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--observe reads segments of our IPC namespace; it does not go with --namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--observe is for System V segments; a POSIX object is read through its path without being attached (/proc/PID/map_files/START-END of a holder reads it through that process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no segment id: too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies past the end of %2 (%3 bytes): there is nothing of it to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no field of the layout %1 lies within %2 (%3 bytes): there is nothing to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; for --watch; use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval wants milliseconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count wants a number of changes, 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dump, --read, --watch, --snapshot, --attach or --key: read the segment through a process that maps it (/proc/PID/map_files, else process_vm_readv), without attaching it: its nattch, lpid and atime stay as they were. Refused, with the reason, when no process may be read; never attaches instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--observe goes with --dump, --read, --watch or --snapshot SHMID, or --attach or --key in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: sysv (System V segments, as ipcs -m), sem (System V semaphore sets, as ipcs -s; with --format json each semaphore&apos;s value, last pid, ncnt and zcnt, and the processes waiting), msg (System V message queues, as ipcs -q), posix (POSIX objects of /dev/shm, memfds and POSIX semaphores, with the processes that hold them) or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --type &quot;%1&quot;; use sysv, sem, msg, posix or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--namespace goes with --type sysv, sem, msg or all: POSIX objects live in /dev/shm, a file system, not in an IPC namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: the IPC namespaces whose System V segments are listed: ours (what ipcs shows), all (every container&apos;s too, each under a line naming it; needs root) or a process id (the namespace that process is in). With --dump, --read or --write of a segment: ours or the process id of its namespace (a container&apos;s; needs root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of --list: table (as ipcs -m, -s or -q), json or csv (segments only). Of --read: text or json. Of --dump: hex (as hexdump -C, the default) or raw (the bytes unchanged, for a file, sha256sum or cmp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dump or --write: start at this byte (4096, 0x1000 or 4k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--write SHMID FILE: write the bytes of FILE (- for standard input) into a segment, or a POSIX object or memfd by its path, attached read-write, from --offset on, and exit (no display needed). Refused, nothing written, when they would run past the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dump or --write: print each call into the kernel (and each memcpy into the segment) as C on stderr, as the window&apos;s call log shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --snapshot: the snapshot file to write. With --dump --format raw: the file the bytes go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--verbose goes with --dump SHMID or --write SHMID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--observe reads without attaching; --write attaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with --list, --read SHMID or --dump SHMID; --write prints nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--length goes with --dump SHMID; --write writes the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output goes with --dump SHMID --format raw; the hex dump goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output goes with --snapshot SHMID or --dump SHMID --format raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with --list, --read SHMID or --dump SHMID; --%1 has one output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with --list, --read SHMID or --dump SHMID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot; for --dump; use hex or raw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: our detach after the write would destroy it, and the bytes with it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--write SHMID wants the file to write: --write SHMID [--offset N] FILE, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 is past the end of %2, which has %3. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; %3 has %4 from offset %5: %6 too many. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2; %3 has %2 from offset %4. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Attachment</name>
    <message>
        <source>You may not %1 segment %2 (you are uid %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read or write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 has mode %2: %3 may not %4 it, and you (uid %5) count as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1 (it may have just been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process has attached as many segments as the kernel allows (shmseg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room in our address space to map segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to attach segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading is allowed: attach it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a segment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached segment %1 but could not learn its size; detached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 byte(s) at offset %2 would pass the end of segment %3, whose last byte is at offset %4.</source>
        <translation>
            <numerusform>Reading %1 byte at offset %2 would pass the end of segment %3, whose last byte is at offset %4.</numerusform>
            <numerusform>Reading %1 bytes at offset %2 would pass the end of segment %3, whose last byte is at offset %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1 is attached read-only: attach it read-write to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %1 byte(s) at offset %2 would pass the end of segment %3, whose last byte is at offset %4: nothing was written.</source>
        <translation>
            <numerusform>Writing %1 byte at offset %2 would pass the end of segment %3, whose last byte is at offset %4: nothing was written.</numerusform>
            <numerusform>Writing %1 bytes at offset %2 would pass the end of segment %3, whose last byte is at offset %4: nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not learn which pages of segment %1 are in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC namespace ipc:[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked inside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::BookmarkList</name>
    <message>
        <source>A bookmark needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bookmark&apos;s name is one line of text, without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bookmark&apos;s name has at most %1 characters; &quot;%2…&quot; has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bookmark marks one byte at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bookmark of %1 bytes at 0x%2 would end past the last offset there can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour: write it as #rrggbb, e.g. #c0392b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment keeps at most %1 bookmarks: remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ByteInterpreter</name>
    <message>
        <source>not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a byte in binary: write up to 8 digits 0 and 1, such as 01000001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: write four numbers from 0 to 255 with dots between them, such as 192.168.1.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time_t is shown as a date, not edited: edit it as int64 (seconds since 1970).</source>
        <extracomment>time_t is a C type name, not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown, not edited: edit its bytes in the hex view or another row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Digest</name>
    <message>
        <source>Bytes %1 to %2 run past the end of %3, whose size is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksums were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::DumpRange</name>
    <message numerus="yes">
        <source>Offset %1 is past the end of segment %2, which has %3 byte(s).</source>
        <translation>
            <numerusform>Offset %1 is past the end of segment %2, which has %3 byte.</numerusform>
            <numerusform>Offset %1 is past the end of segment %2, which has %3 bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s) from offset %2 run past the end of segment %3: from there, --length can be at most %4.</source>
        <translation>
            <numerusform>%1 byte from offset %2 runs past the end of segment %3: from there, --length can be at most %4.</numerusform>
            <numerusform>%1 bytes from offset %2 run past the end of segment %3: from there, --length can be at most %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offset %1 is past the end of %2, whose size is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--length %1 from offset %2 runs past the end of %3: from there, --length can be at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::FieldCodec</name>
    <message>
        <source>an %1-bit signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1-bit signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an %1-bit unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1-bit unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number: write one such as 42, -7 or 0x2a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in %2 field (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text ends in a lone backslash: write \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\x wants two hex digits, as in \xff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\%1 is not an escape ShmScope knows: use \\ \n \t \r \0 or \xff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a character: write one between quotes, such as &apos;A&apos; or &apos;\n&apos;, or its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes in UTF-8, and a char holds one: write its bytes one by one, such as &apos;\xc3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bool: write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2: write one of %3, or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: write one such as 3.14, -2.5e-3, inf or nan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in a %2 (magnitudes from %3 to %4, or 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pointer: it is shown, not edited, as an address in another process means nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding belongs to no field: edit its bytes in the hex view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value of its own: edit its members one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShmScope cannot write a %1 as text: edit its bytes in the hex view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) holds only the closing NUL: no text fits in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) holds at most %3 byte(s) of text and the closing NUL; this text is %4 bytes in UTF-8.</source>
        <translation>
            <numerusform>%1 (%2) holds at most %3 byte of text and the closing NUL; this text is %4 bytes in UTF-8.</numerusform>
            <numerusform>%1 (%2) holds at most %3 bytes of text and the closing NUL; this text is %4 bytes in UTF-8.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bytes around the bitfield %1 are not in view: read them before changing its bits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::FieldWatch</name>
    <message>
        <source>%1 is a %2 and has no value of its own: watch one of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is padding, bytes nobody declared: watch a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no bytes to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes cannot be read as a number: select 1, 2, 4 or 8 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes at 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::FileInput</name>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a character device, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a block device, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a FIFO (named pipe), not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket or a device, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Freezer</name>
    <message>
        <source>%1 is a bitfield: its bytes hold other fields&apos; bits too, which a freeze would hold as well. Freeze the bytes in the hex view if that is what you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/* frozen: rewritten every %1 ms while another process changes it */</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not lie inside %2, which ends at offset %3: nothing is frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer frozen: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::HexDumpWriter</name>
    <message>
        <source>Could not write the dump: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::InputParser</name>
    <message>
        <source>Enter a key: a number such as 0x1234 or 4660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key: write it in hex (0x1234) or decimal (4660).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 does not fit in 32 bits (at most 0xffffffff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write bytes (4096) or a number with a unit (4 KiB, 1.5 MiB, 2 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more bytes than any segment can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode: write octal permission bits, 000 to 777 (such as 640).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset: write it in hex (0x10) or decimal (16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hex digit: bytes are written with 0-9 and a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not whole bytes: each byte takes two hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter bytes in hex, such as 42 6f 62.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::IpcNamespaceEntry</name>
    <message>
        <source>No process has this id now, so its IPC namespace cannot be reached through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ours to open: reading another user&apos;s process needs root (CAP_SYS_PTRACE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a process id: ids start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering another IPC namespace needs CAP_SYS_ADMIN (run as root): only our own namespace can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to enter the IPC namespace ipc:[%1].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::LayoutLibrary</name>
    <message>
        <source>&quot;%1&quot; cannot be a layout&apos;s name: use letters, digits, _ . and -, and not the built-in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the layout %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::LayoutWorker</name>
    <message>
        <source>%1 is missing beside %2 (or in ../libexec/shmscope): it lays out structs. Reinstall ShmScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout took too long: clang had not laid it out after %1 seconds, so it was stopped. A macro that expands to more and more text does this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is too large: laying it out needed more than the %1 MiB of memory it may use, or libclang failed on it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not a layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::LeakReport</name>
    <message numerus="yes">
        <source>%n segment(s), %1 held by nobody</source>
        <translation>
            <numerusform>%n segment, %1 held by nobody</numerusform>
            <numerusform>%n segments, %1 held by nobody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX object(s), %1 held by nobody</source>
        <translation>
            <numerusform>%n POSIX object, %1 held by nobody</numerusform>
            <numerusform>%n POSIX objects, %1 held by nobody</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed segment(s), %1 kept by the processes still attached</source>
        <translation>
            <numerusform>%n removed segment, %1 kept by the processes still attached</numerusform>
            <numerusform>%n removed segments, %1 kept by the processes still attached</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creator %1 exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody maps or holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed, kept by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attach(es) of processes we may not read</source>
        <translation>
            <numerusform>%n attach of processes we may not read</numerusform>
            <numerusform>%n attaches of processes we may not read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::LibClang</name>
    <message>
        <source>libclang-14 is not installed. To read structs, install the Debian packages libclang1-14, libclang-common-14-dev (clang&apos;s own headers) and libc6-dev (the C library&apos;s headers), or libclang-14-dev, which brings all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libclang found (%1) is too old to read structs: install the Debian packages libclang1-14, libclang-common-14-dev and libc6-dev.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::LifecycleTracker</name>
    <message>
        <source>Segment %1 (key %2) was destroyed: its last process detached, and the kernel freed its %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 (key %2) was removed and destroyed at once: nobody had it attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id %1 was reused: segment %1 (key %2) was destroyed and a new one, %3, got its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 (key %2) was removed (IPC_RMID) while %n process(es) still had it attached: its status is dest and its key reads 0x00000000 until the last detach.</source>
        <translation>
            <numerusform>Segment %1 (key %2) was removed (IPC_RMID) while %n process still had it attached: its status is dest and its key reads 0x00000000 until it detaches.</numerusform>
            <numerusform>Segment %1 (key %2) was removed (IPC_RMID) while %n processes still had it attached: its status is dest and its key reads 0x00000000 until the last detach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>segment %1 (key %2, %3 byte(s), mode %4) created by pid %5 (owner %6)</source>
        <translation>
            <numerusform>segment %1 (key %2, %3 byte, mode %4) created by pid %5 (owner %6)</numerusform>
            <numerusform>segment %1 (key %2, %3 bytes, mode %4) created by pid %5 (owner %6)</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1: nattch %2 → %3 (last shmat or shmdt by pid %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::LikelyUsers</name>
    <message>
        <source>%1: %2 None of its rules are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules shipped with ShmScope (%1) are missing: reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody we can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Msg</name>
    <message>
        <source>you are uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message queue with key %1 already exists. Choose another key, or remove the old queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system limit is reached: msgmni queues exist already (/proc/sys/kernel/msgmni).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has not enough memory for the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for key %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to create the message queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue %1 may be removed only by its owner, its creator or root, and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue %1 does not exist any more: another process removed it since the last refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to remove message queue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose a private queue, or another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: a private queue is found by its msqid only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message queue has key %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message queue with key %1 may not be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a message queue id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::NamespaceLister</name>
    <message>
        <source>Other IPC namespaces (containers) can be read only with CAP_SYS_ADMIN (as root): only our own namespace is listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ObjectBytes</name>
    <message>
        <source>Could not read bytes %1 to %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrank while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ObservedSegment</name>
    <message>
        <source>pid %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a segment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1 (it may have just been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process that we may look at maps segment %1: there is nobody to observe it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The memory maps of %n process(es) could not be read: that needs the right to ptrace them, and %1.</source>
        <translation>
            <numerusform>The memory maps of %n process could not be read: that needs the right to ptrace it, and %1.</numerusform>
            <numerusform>The memory maps of %n processes could not be read: that needs the right to ptrace them, and %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach it instead to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmap() of %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1 needs CAP_SYS_ADMIN or CAP_CHECKPOINT_RESTORE, which we lack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process_vm_readv() needs the right to ptrace it, and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process_vm_readv() failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 cannot be observed through %2: %3. Attach it instead to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 byte(s) at offset %2 would pass the end of segment %3, whose size is %4.</source>
        <translation>
            <numerusform>Reading %1 byte at offset %2 would pass the end of segment %3, whose size is %4.</numerusform>
            <numerusform>Reading %1 bytes at offset %2 would pass the end of segment %3, whose size is %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %1 byte(s) at offset %2 would pass the end of segment %3, whose size is %4. Nothing was written.</source>
        <translation>
            <numerusform>Writing %1 byte at offset %2 would pass the end of segment %3, whose size is %4. Nothing was written.</numerusform>
            <numerusform>Writing %1 bytes at offset %2 would pass the end of segment %3, whose size is %4. Nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment %1 could not be read through pid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 is observed read-only: observe it read-write to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observing through pid %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Permissions</name>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only write, which is no use: shmat needs read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and creator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and creator&apos;s group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode %1: owner %2 may %3; group %4 may %5; others may %6. Only the owner, the creator or root may remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are root: the kernel lets you read, write and remove any segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are uid %1 and count as %2, who may %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PosixMapping</name>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (the object or the process may be gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (uid %1) may not %2 %3: its mode, or /proc&apos;s rules for another process&apos;s files, forbid it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link: a shared memory object is a file of /dev/shm itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket or a device, not a shared memory object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a shared memory object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a path of a shared memory object: give /dev/shm/NAME, /proc/PID/fd/N or /proc/PID/map_files/START-END.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not learn the size of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a shared memory object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file on a disk, not shared memory (tmpfs, a memfd or hugetlbfs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not map %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read of length %1 at offset %2 would pass the end of %3, whose size was %4 when it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrank while it was open: its size is now %2, and only the bytes up to its new end were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shrank while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only: open it read-write to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write of length %1 at offset %2 would pass the end of %3, whose size was %4 when it was opened: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has shrunk: its size is now %2, so nothing was written at offset %3 and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PosixScanner</name>
    <message>
        <source>%1 cannot be read (%2): only objects that processes map or hold open are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tmpfs (its file system is of type 0x%2), so its files are no POSIX shared memory: only objects that processes map or hold open are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PosixShm</name>
    <message>
        <source>An object named %1 exists already (%2). Choose another name, or remove the old one first (shm_unlink).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object is named %1 now: %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode of %1 does not let you (uid %2) %3 it: ls -l %4 shows its owner and mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process, or the system, has as many files open as it may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/shm has no room for another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes is more than a file may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping of size %1 does not fit in this process&apos;s free address space: the object is too large to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProcParser</name>
    <message>
        <source>/proc/sysvipc/shm line %1 skipped: expected 14 or 16 numbers, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ProcessMemory</name>
    <message>
        <source>The memory of process %1 could not be read: it has ended, or you may not trace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 bytes of process %3 could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write into the memory of process %1: it has ended, or you may not trace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 bytes could be written into process %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::RawDumpWriter</name>
    <message>
        <source>Could not write the bytes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::RmidForced</name>
    <message>
        <source>kernel.shm_rmid_forced is 1 and nobody has segment %1 attached: reading it attaches and detaches, and that detach destroys it, its bytes lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SegmentFormat</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a count of bytes (its human size)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 EiB (no practical limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <comment>a percentage below the smallest shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1 %</source>
        <comment>a percentage above the largest shown below 100</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SegmentHolders</name>
    <message>
        <source>this kernel has no Yama (%1/sys/kernel/yama/ptrace_scope is absent), so a process of the same uid, or one with CAP_SYS_PTRACE, may read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yama&apos;s ptrace_scope is %1 (%2/sys/kernel/yama/ptrace_scope): 0 lets a process of the same uid read it, 1 only its parent, 2 only CAP_SYS_PTRACE, 3 nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SegmentRemover</name>
    <message>
        <source>Segment %1 lives in IPC namespace %2, which no process we see is in any more: it was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SegmentScanner</name>
    <message>
        <source>The kernel did not say how many segments there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) are hidden: this kernel lets only readers of a segment stat it.</source>
        <translation>
            <numerusform>%n segment is hidden: this kernel lets only readers of a segment stat it.</numerusform>
            <numerusform>%n segments are hidden: this kernel lets only readers of a segment stat it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: it is a device or another special file (such as /dev/null bound over it), not a file of /proc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: it is a file on tmpfs, not on /proc&apos;s file system (procfs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: it lies on a file system of type 0x%2, not on /proc&apos;s (procfs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The kernel refused the list through shmctl too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The list comes from shmctl(SHM_STAT_ANY) instead, without RSS or swap figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 lists %2 of the %n segment(s) the kernel counts (shmctl(SHM_INFO)).</source>
        <translation>
            <numerusform>%1 lists %2 of the %n segment the kernel counts (shmctl(SHM_INFO)).</numerusform>
            <numerusform>%1 lists %2 of the %n segments the kernel counts (shmctl(SHM_INFO)).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the kernel&apos;s table: another file of /proc is bound over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPC namespace ipc:[%1] ended before it could be read: it is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPC namespace ipc:[%1] could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the IPC namespace ipc:[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Sem</name>
    <message>
        <source>you are uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semaphore set with key %1 already exists. Choose another key, or remove the old set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kernel refused a set of %1 semaphore(s): a set holds at least 1 and at most semmsl (the first number of /proc/sys/kernel/sem).</source>
        <translation>
            <numerusform>The kernel refused a set of %1 semaphore: a set holds at least 1 and at most semmsl (the first number of /proc/sys/kernel/sem).</numerusform>
            <numerusform>The kernel refused a set of %1 semaphores: a set holds at least 1 and at most semmsl (the first number of /proc/sys/kernel/sem).</numerusform>
        </translation>
    </message>
    <message>
        <source>The system limit is reached: either semmni sets exist already, or the semaphores of all sets would pass semmns (/proc/sys/kernel/sem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel has not enough memory for the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for key %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to create the semaphore set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore set %1 does not exist any more: another process removed it since the last refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting a value needs write permission on set %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 has no semaphore %2, or does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to set the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semaphore set %1 may be removed only by its owner, its creator or root, and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to remove semaphore set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semaphore set holds at least 1 semaphore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose a private set, or another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: a private set is found by its semid only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No semaphore set has key %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semaphore set with key %1 may not be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A semaphore holds 0 to %1 (SEMVMX), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a semaphore set id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SemaphoreReader</name>
    <message>
        <source>no read permission: mode %1, owner %2, you are uid %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed while listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Shm</name>
    <message>
        <source>you are uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment with key %1 already exists. Choose another key, or remove the old segment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kernel refused a segment of %1 byte(s): it must be at least 1 byte and at most shmmax (/proc/sys/kernel/shmmax).</source>
        <translation>
            <numerusform>The kernel refused a segment of %1 byte: it must be at least 1 byte and at most shmmax (/proc/sys/kernel/shmmax).</numerusform>
            <numerusform>The kernel refused a segment of %1 bytes: it must be at least 1 byte and at most shmmax (/proc/sys/kernel/shmmax).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system limit is reached: either shmmni segments exist already, or %1 byte(s) more would pass shmall, the pages all segments may hold together.</source>
        <translation>
            <numerusform>The system limit is reached: either shmmni segments exist already, or %1 byte more would pass shmall, the pages all segments may hold together.</numerusform>
            <numerusform>The system limit is reached: either shmmni segments exist already, or %1 bytes more would pass shmall, the pages all segments may hold together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel has not enough memory to back %1 byte(s).</source>
        <translation>
            <numerusform>The kernel has not enough memory to back %1 byte.</numerusform>
            <numerusform>The kernel has not enough memory to back %1 bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission denied for key %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to create the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 may be removed only by its owner, its creator or root, and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 does not exist any more: another process removed it since the last refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused to remove segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs at least 1 byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode holds only permission bits, 0 to 0777 in octal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: choose a private segment, or another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key 0 is IPC_PRIVATE: a private segment is found by its shmid only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment has key %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment with key %1 may not be used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a segment id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ShmName</name>
    <message>
        <source>a POSIX shared memory name is not empty: it is / and a name, such as /st_pid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a POSIX shared memory name starts with / and has no other /: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a POSIX shared memory name has at least one byte after its /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a POSIX shared memory name may not be /. or /..: they name directories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a POSIX shared memory name has at most %1 bytes after its /; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a POSIX shared memory name has no NUL byte: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a POSIX shared memory name is valid UTF-8 text; this one is not: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SnapshotFile</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot was taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot was taken: %1 shrank to %2 while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot was taken: IPC_STAT of segment %1 is refused (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its %2 (%3 long). It may have been cut short while it was copied or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ShmScope snapshot: a snapshot file starts with SHMSNAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a snapshot of format version %2; this ShmScope reads version %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its kind is %2, neither 1 (System V segment) nor 2 (POSIX object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 would be %3 long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: its header announces %2 of the segment, the file holds %3. It may have been cut short while it was copied or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 follow the %3 of the segment its header announces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the snapshot to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file: a snapshot is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SnapshotObject</name>
    <message>
        <source>snapshot of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes %1 to %2 lie outside the snapshot&apos;s %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot is read-only: it shows the bytes of %1 as they were at %2. Attach the segment to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SparseReader</name>
    <message>
        <source>Could not read bytes %1 to %2 of segment %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::StPid</name>
    <message>
        <source>The name is empty: give the text for names[], 1 to %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 bytes, and names[51] holds at most %2 and the closing NUL. Nothing was created or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renamed up to %1 time(s), the name grows to &quot;%2&quot; (%3 bytes), and names[51] holds at most %4 and the closing NUL: shorten the name, rename less often or hold for less time. Nothing was created or written.</source>
        <translation>
            <numerusform>Renamed up to %1 time, the name grows to &quot;%2&quot; (%3 bytes), and names[51] holds at most %4 and the closing NUL: shorten the name, rename less often or hold for less time. Nothing was created or written.</numerusform>
            <numerusform>Renamed up to %1 times, the name grows to &quot;%2&quot; (%3 bytes), and names[51] holds at most %4 and the closing NUL: shorten the name, rename less often or hold for less time. Nothing was created or written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::StructParser</name>
    <message>
        <source>%1 is %2 bytes (%3 TiB); layouts over 1 TiB are refused, as no segment that large can be attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no bytes (sizeof is 0): there is nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is nested more than %2 levels deep (structs in structs, or array dimensions): that is more than a layout can show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a flexible array member: sizeof does not count its elements, and they are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array &apos;%1&apos; has 0 elements: give it the number of elements it has in the segment, or write %1[] for a flexible array member at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the first %2 of %3 elements are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more error(s))</source>
        <translation>
            <numerusform>(and %n more error)</numerusform>
            <numerusform>(and %n more errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libclang could not read this text (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text declares no struct or union: the layout is the last struct or union it defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is empty: write a struct, such as struct st_pid { int pid; char names[51]; };</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout text is %1 bytes; at most %2 bytes are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array has more than %1 dimensions: that is more than a layout can show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libclang could not read the standard headers (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the list of allowed headers to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is too large: libclang ran out of memory while reading it (or crashed on it); nothing was laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a layout may include only the standard headers ShmScope reads itself (stdint.h, stdbool.h, stddef.h, sys/types.h, pthread.h, semaphore.h, time.h); paste the declarations of your own headers instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SysvIpcLister</name>
    <message numerus="yes">
        <source>/proc/sysvipc/sem lists %1 of the %n semaphore set(s) the kernel counts.</source>
        <translation>
            <numerusform>/proc/sysvipc/sem lists %1 of the %n semaphore set the kernel counts.</numerusform>
            <numerusform>/proc/sysvipc/sem lists %1 of the %n semaphore sets the kernel counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The semaphore sets come from semctl(SEM_STAT_ANY) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>/proc/sysvipc/msg lists %1 of the %n message queue(s) the kernel counts.</source>
        <translation>
            <numerusform>/proc/sysvipc/msg lists %1 of the %n message queue the kernel counts.</numerusform>
            <numerusform>/proc/sysvipc/msg lists %1 of the %n message queues the kernel counts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The message queues come from msgctl(MSG_STAT_ANY) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semaphores of set %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s) could not be read: no read permission.</source>
        <translation>
            <numerusform>%n semaphore set could not be read: no read permission.</numerusform>
            <numerusform>%n semaphore sets could not be read: no read permission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s) were removed while they were listed: left out.</source>
        <translation>
            <numerusform>%n semaphore set was removed while it was listed: left out.</numerusform>
            <numerusform>%n semaphore sets were removed while they were listed: left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel did not say how many semaphore sets there are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s) are hidden: this kernel lets only readers of a set stat it.</source>
        <translation>
            <numerusform>%n semaphore set is hidden: this kernel lets only readers of a set stat it.</numerusform>
            <numerusform>%n semaphore sets are hidden: this kernel lets only readers of a set stat it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel did not say how many message queues there are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message queue(s) are hidden: this kernel lets only readers of a queue stat it.</source>
        <translation>
            <numerusform>%n message queue is hidden: this kernel lets only readers of a queue stat it.</numerusform>
            <numerusform>%n message queues are hidden: this kernel lets only readers of a queue stat it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::SysvIpcParser</name>
    <message>
        <source>%1 line %2 skipped: expected %3, got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::TextFile</name>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a file: only a regular file is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most that is read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::WatchList</name>
    <message>
        <source>&quot;%1&quot; is not a field name such as names, pos.x or items[3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an array: it has no element %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 elements: there is no %1%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a struct or union: it has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a field name such as names, pos.x or items[3].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
