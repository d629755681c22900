#pragma once

#include "core/namespaces/ipcnamespace.h"
#include "core/segments/segmentscanner.h"

#include <QComboBox>

#include <functional>

namespace app {

// Above the segment table: which IPC namespaces it lists. "This namespace" (ShmScope's own, what ipcs
// shows; the default), "All namespaces", or one other namespace, named by its container or its inode.
// Each container has its own list of segments, numbered from 0, which ipcs run outside it never shows.
//
// A namespace is chosen by its inode, which names it for as long as it lives; the scan is asked for it
// through one of its processes (NamespaceChoice::OfProcess). A scan of ours alone does not look for the
// others: the entries come from the lister, asked when the list is opened, and from scans of all. When the
// chosen namespace is no longer listed (its last process exited), the choice falls back to this namespace
// and vanished() says so.
class NamespaceSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit NamespaceSelector(QWidget *parent = nullptr);

    // What lists the machine's namespaces (core::NamespaceLister), asked by relist().
    void setLister(std::function<QList<core::IpcNamespace>()> lister) { m_lister = std::move(lister); }
    // Every namespace of the machine (the lister's, a scan of all): the entries, one per namespace other than
    // ours. The chosen one not among them has vanished.
    void setNamespaces(const QList<core::IpcNamespace> &namespaces);
    // Some namespaces as a scan of one found them: their processes and containers, nothing removed.
    void update(const QList<core::IpcNamespace> &namespaces);
    // Asks the lister again (the list is opened; a scan of the chosen namespace failed).
    void relist();
    [[nodiscard]] bool isOtherChosen() const { return m_which == Which::Other; }
    // Lists the namespaces of now first: containers come and go.
    void showPopup() override;
    // What the next scan is asked for.
    [[nodiscard]] core::NamespaceChoice choice() const;

    // "ours", "all", or the chosen namespace's inode in decimal: how Settings remembers the choice.
    [[nodiscard]] QString settingValue() const;
    // Restores a choice saved by settingValue(); false (nothing changed) for a value that is none of those.
    // A namespace not listed yet is kept as wanted until a scan says whether it still exists.
    bool setSettingValue(const QString &value);

signals:
    // The user chose another entry, or a vanished namespace was given up: the table should be read again.
    void choiceChanged();
    // The chosen namespace is gone: the selector shows this namespace again. name: how it was shown.
    void vanished(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Which { Ours, All, Other };
    void rebuild();
    // Says choiceChanged() when what the next scan is asked for is not `before` any more.
    void tellIfChanged(const core::NamespaceChoice &before);
    void retranslate();

    Which m_which = Which::Ours;
    quint64 m_inode = 0; // for Other
    QString m_chosenName; // for Other: as its entry said it, for vanished()
    QList<core::IpcNamespace> m_namespaces;
    std::function<QList<core::IpcNamespace>()> m_lister;
};

} // namespace app
