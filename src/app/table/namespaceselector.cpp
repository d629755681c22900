#include "app/table/namespaceselector.h"

#include "app/table/namespacetext.h"

#include <QEvent>
#include <QSignalBlocker>

#include <algorithm>

namespace app {

namespace {

// Each entry's data: what it chooses, and for another namespace its inode.
constexpr int WhichRole = Qt::UserRole;
constexpr int InodeRole = Qt::UserRole + 1;

const QString OursValue = QStringLiteral("ours");
const QString AllValue = QStringLiteral("all");

} // namespace

NamespaceSelector::NamespaceSelector(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("namespaceSelector"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rebuild();
    connect(this, &QComboBox::activated, this, [this](int index) {
        const auto which = Which(itemData(index, WhichRole).toInt());
        const quint64 inode = itemData(index, InodeRole).toULongLong();
        if (which == m_which && inode == m_inode)
            return;
        m_which = which;
        m_inode = inode;
        m_chosenName = itemText(index);
        emit choiceChanged();
    });
}

void NamespaceSelector::setNamespaces(const QList<core::IpcNamespace> &namespaces)
{
    const core::NamespaceChoice before = choice();
    const bool chosenListed = std::any_of(namespaces.cbegin(), namespaces.cend(),
                                          [this](const core::IpcNamespace &ns) { return ns.inode == m_inode; });
    if (m_which == Which::Other && !chosenListed) {
        const QString name = m_chosenName.isEmpty() ? NamespaceText::inode(m_inode) : m_chosenName;
        m_which = Which::Ours;
        m_inode = 0;
        m_chosenName.clear();
        m_namespaces = namespaces;
        rebuild();
        emit vanished(name);
        tellIfChanged(before);
        return;
    }
    if (namespaces == m_namespaces)
        return;
    m_namespaces = namespaces;
    rebuild();
    tellIfChanged(before);
}

void NamespaceSelector::update(const QList<core::IpcNamespace> &namespaces)
{
    QList<core::IpcNamespace> known = m_namespaces;
    for (const core::IpcNamespace &ns : namespaces) {
        const auto same = std::find_if(known.begin(), known.end(),
                                       [&ns](const core::IpcNamespace &k) { return k.inode == ns.inode; });
        if (same == known.end())
            known.append(ns);
        else
            *same = ns;
    }
    if (known == m_namespaces)
        return;
    const core::NamespaceChoice before = choice();
    m_namespaces = known;
    rebuild();
    tellIfChanged(before);
}

void NamespaceSelector::relist()
{
    if (m_lister)
        setNamespaces(m_lister());
}

void NamespaceSelector::showPopup()
{
    relist(); // containers come and go: the entries are those of now
    QComboBox::showPopup();
}

void NamespaceSelector::tellIfChanged(const core::NamespaceChoice &before)
{
    if (choice() != before)
        emit choiceChanged();
}

core::NamespaceChoice NamespaceSelector::choice() const
{
    using Choice = core::NamespaceChoice;
    switch (m_which) {
    case Which::Ours:
        return {};
    case Which::All:
        return {Choice::Which::All, 0};
    case Which::Other:
        for (const core::IpcNamespace &ns : m_namespaces) {
            if (ns.inode == m_inode && !ns.pids.isEmpty())
                return {Choice::Which::OfProcess, ns.pids.constFirst()};
        }
        // Restored from the settings and not listed yet: a scan of all namespaces finds whether it lives.
        return {Choice::Which::All, 0};
    }
    Q_UNREACHABLE();
}

QString NamespaceSelector::settingValue() const
{
    switch (m_which) {
    case Which::Ours:
        return OursValue;
    case Which::All:
        return AllValue;
    case Which::Other:
        return QString::number(m_inode);
    }
    Q_UNREACHABLE();
}

bool NamespaceSelector::setSettingValue(const QString &value)
{
    bool isNumber = false;
    const quint64 inode = value.toULongLong(&isNumber);
    if (value == OursValue) {
        m_which = Which::Ours;
    } else if (value == AllValue) {
        m_which = Which::All;
    } else if (isNumber && inode != 0) {
        m_which = Which::Other;
        m_inode = inode;
        m_chosenName.clear();
    } else {
        return false;
    }
    if (m_which != Which::Other)
        m_inode = 0;
    rebuild();
    emit choiceChanged();
    // A namespace remembered from the last run may be gone, and its processes are to be found.
    if (m_which == Which::Other)
        relist();
    return true;
}

void NamespaceSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QComboBox::changeEvent(event);
}

// The entries again, the choice kept: a namespace chosen but not listed yet keeps an entry of its own.
void NamespaceSelector::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("This namespace"));
    setItemData(0, int(Which::Ours), WhichRole);
    setItemData(0, tr("ShmScope's own IPC namespace: the segments ipcs shows."), Qt::ToolTipRole);
    addItem(tr("All namespaces"));
    setItemData(1, int(Which::All), WhichRole);
    setItemData(1, tr("Every IPC namespace of the machine: the host's and each container's."), Qt::ToolTipRole);
    bool chosenListed = false;
    for (const core::IpcNamespace &ns : std::as_const(m_namespaces)) {
        if (ns.ours)
            continue;
        addItem(NamespaceText::choice(ns));
        const int index = count() - 1;
        setItemData(index, int(Which::Other), WhichRole);
        setItemData(index, qulonglong(ns.inode), InodeRole);
        setItemData(index, NamespaceText::toolTip(ns), Qt::ToolTipRole);
        chosenListed = chosenListed || ns.inode == m_inode;
    }
    if (m_which == Which::Other && !chosenListed) {
        addItem(m_chosenName.isEmpty() ? NamespaceText::inode(m_inode) : m_chosenName);
        setItemData(count() - 1, int(Which::Other), WhichRole);
        setItemData(count() - 1, qulonglong(m_inode), InodeRole);
    }
    for (int i = 0; i < count(); ++i) {
        if (Which(itemData(i, WhichRole).toInt()) == m_which && itemData(i, InodeRole).toULongLong() == m_inode)
            setCurrentIndex(i);
    }
    if (m_which == Which::Other)
        m_chosenName = currentText();
    retranslate();
}

void NamespaceSelector::retranslate()
{
    setAccessibleName(tr("IPC namespace"));
    setToolTip(tr("Which IPC namespace the table lists. Each container (Docker, Podman, a Kubernetes pod) has "
                  "its own list of segments, numbered from 0, and ipcs shows only the list of the namespace it "
                  "runs in. Reading another namespace's list needs root (CAP_SYS_ADMIN)."));
}

} // namespace app
