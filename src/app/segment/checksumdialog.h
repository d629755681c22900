#pragma once

#include "core/digest/digest.h"

#include <QDialog>

#include <array>
#include <functional>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace core {
class MappedObject;
}

namespace app {

class ChecksumJob;
class HistogramView;

// Segment > Checksums and Statistics… of a tab: CRC-32, Adler-32, MD5, SHA-1 and SHA-256 of the selection or
// of the whole segment, each in a read-only field with a Copy button, and the bytes' statistics (the byte
// histogram, the entropy). Computed on a thread of its own (app::ChecksumJob) with a progress bar and Cancel,
// so that the window answers while 1 GiB is hashed. Not modal: the bytes stay in view beside it.
//
// The bytes are live: the sums are of the bytes as they were read, and Compute Again reads them anew.
class ChecksumDialog : public QDialog
{
    Q_OBJECT

public:
    // `object` is the tab's, which outlives the dialog (a child of the tab).
    explicit ChecksumDialog(const core::MappedObject &object, QWidget *parent = nullptr);
    ~ChecksumDialog() override;

    // What to offer: the selection [start, start + length) when length > 0, chosen; else the whole object
    // (its `size` bytes now) alone. Computes at once.
    void setRange(quint64 selectionStart, quint64 selectionLength, quint64 size);
    // The range chosen, read anew.
    void compute();

    [[nodiscard]] ChecksumJob *job() const { return m_job; }
    [[nodiscard]] HistogramView *histogram() const { return m_histogram; }
    // The text of an algorithm's field: its sum in hex, or empty while none is shown.
    [[nodiscard]] QString sum(core::Digest::Algorithm algorithm) const;

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void showSums(const core::Digest::Sums &sums);
    // Stops a run going, if any, and says so.
    void stop();
    void showFailure(const QString &message);
    void setRunning(bool running);
    void clearResults();
    void setStatus(std::function<QString()> text);
    void copy(core::Digest::Algorithm algorithm);
    [[nodiscard]] QString rangeText(quint64 start, quint64 length) const;

    const core::MappedObject &m_object;
    ChecksumJob *m_job;
    quint64 m_selectionStart = 0;
    quint64 m_selectionLength = 0;
    quint64 m_size = 0;
    quint64 m_computedStart = 0;  // the range of the run going or of the sums shown
    quint64 m_computedLength = 0;
    std::optional<core::Digest::Sums> m_sums;
    // What the status line says, in the language of the moment: set again by retranslate().
    std::function<QString()> m_statusText;

    QGroupBox *m_rangeBox;
    QRadioButton *m_selectionChoice;
    QRadioButton *m_wholeChoice;
    std::array<QLabel *, 5> m_names{};
    std::array<QLineEdit *, 5> m_fields{};
    std::array<QToolButton *, 5> m_copyButtons{};
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_computeAgain;
    QLabel *m_histogramLabel;
    QCheckBox *m_logScale;
    HistogramView *m_histogram;
    QLabel *m_entropy;
    QLabel *m_entropyNote;
    QLabel *m_spread;
    QLabel *m_status;
    QPushButton *m_close;
};

} // namespace app
