#pragma once

#include "core/leaks/leakreport.h"
#include "core/leaks/logindremoveipc.h"
#include "core/segments/segmentscanner.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace app {

class ColumnFitter;
class LeaksModel;
class RefreshController;

// Segment > Leaks…: what is left behind (core::LeakReport of the window's latest scan), with the bytes it
// costs, and Remove Selected / Remove All after one question that lists exactly what goes. Segments go with
// shmctl(IPC_RMID), POSIX objects with shm_unlink(); a removed (dest) segment cannot be removed again, so it
// is listed with the processes to end instead. Not modal: it follows each refresh while it is open.
class LeaksDialog : public QDialog
{
    Q_OBJECT

public:
    // logindRoot: where logind.conf is read from ("/"; a test folder in tests).
    explicit LeaksDialog(RefreshController *refresh, QWidget *parent = nullptr,
                         QString logindRoot = QStringLiteral("/"));

    [[nodiscard]] LeaksModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }

    // Shows the view (raised when open already) and asks for a refresh.
    void showView();
    void removeSelected();
    void removeAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void takeScan(const core::ScanResult &result);
    void showReport();
    void retranslate();
    void remove(const QList<core::LeakItem> &items);
    void updateButtons();
    [[nodiscard]] QString removeIpcNote() const;

    RefreshController *m_refresh;
    LeaksModel *m_model;
    QTableView *m_table;
    ColumnFitter *m_columns;
    QLabel *m_totals;
    QLabel *m_removeIpc;
    QLabel *m_status;
    QPushButton *m_removeSelected;
    QPushButton *m_removeAll;
    QPushButton *m_close;
    QString m_logindRoot;
    core::LogindRemoveIpc m_logind;
    // The latest scan: a report is made of it when the view is shown.
    std::optional<core::ScanResult> m_scan;
};

} // namespace app
