#include "app/segment/checksumdialog.h"

#include "app/segment/checksumjob.h"
#include "app/segment/histogramview.h"
#include "core/kernel/mappedobject.h"
#include "core/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

using core::Digest;
using Algorithm = core::Digest::Algorithm;

namespace {

// objectName stems of each algorithm's field ("sha256Field") and Copy button ("sha256Copy").
const char *stem(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Crc32:
        return "crc32";
    case Algorithm::Adler32:
        return "adler32";
    case Algorithm::Md5:
        return "md5";
    case Algorithm::Sha1:
        return "sha1";
    case Algorithm::Sha256:
        return "sha256";
    }
    return "";
}

} // namespace

ChecksumDialog::ChecksumDialog(const core::MappedObject &object, QWidget *parent)
    : QDialog(parent), m_object(object), m_job(new ChecksumJob(object, this))
{
    setObjectName(QStringLiteral("checksumDialog"));
    m_job->setObjectName(QStringLiteral("checksumJob"));
    setModal(false);

    m_rangeBox = new QGroupBox(this);
    m_selectionChoice = new QRadioButton(m_rangeBox);
    m_selectionChoice->setObjectName(QStringLiteral("selectionChoice"));
    m_wholeChoice = new QRadioButton(m_rangeBox);
    m_wholeChoice->setObjectName(QStringLiteral("wholeChoice"));
    auto *rangeLayout = new QVBoxLayout(m_rangeBox);
    rangeLayout->addWidget(m_selectionChoice);
    rangeLayout->addWidget(m_wholeChoice);
    for (QRadioButton *choice : {m_selectionChoice, m_wholeChoice}) {
        connect(choice, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                compute();
        });
    }

    auto *sums = new QGridLayout;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const Algorithm algorithm : Digest::AllAlgorithms) {
        const int i = Digest::index(algorithm);
        const QString name = QLatin1String(stem(algorithm));
        m_names[i] = new QLabel(Digest::name(algorithm), this);
        m_fields[i] = new QLineEdit(this);
        m_fields[i]->setObjectName(name + QStringLiteral("Field"));
        m_fields[i]->setReadOnly(true);
        m_fields[i]->setFont(fixed);
        m_fields[i]->setAccessibleName(Digest::name(algorithm));
        // Wide enough for SHA-256's 64 digits.
        m_fields[i]->setMinimumWidth(m_fields[i]->fontMetrics().horizontalAdvance(QString(66, QLatin1Char('0'))));
        m_names[i]->setBuddy(m_fields[i]);
        m_copyButtons[i] = new QToolButton(this);
        m_copyButtons[i]->setObjectName(name + QStringLiteral("Copy"));
        m_copyButtons[i]->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
        m_copyButtons[i]->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(m_copyButtons[i], &QToolButton::clicked, this, [this, algorithm] { copy(algorithm); });
        sums->addWidget(m_names[i], i, 0);
        sums->addWidget(m_fields[i], i, 1);
        sums->addWidget(m_copyButtons[i], i, 2);
    }

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &ChecksumDialog::stop);
    m_computeAgain = new QPushButton(this);
    m_computeAgain->setObjectName(QStringLiteral("computeButton"));
    m_computeAgain->setAutoDefault(false);
    connect(m_computeAgain, &QPushButton::clicked, this, &ChecksumDialog::compute);
    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    running->addStretch();
    running->addWidget(m_computeAgain);

    m_histogramLabel = new QLabel(this);
    m_logScale = new QCheckBox(this);
    m_logScale->setObjectName(QStringLiteral("logScale"));
    m_histogram = new HistogramView(this);
    m_histogram->setObjectName(QStringLiteral("histogram"));
    m_histogramLabel->setBuddy(m_histogram);
    connect(m_logScale, &QCheckBox::toggled, m_histogram, &HistogramView::setLogScale);
    auto *histogramTitle = new QHBoxLayout;
    histogramTitle->addWidget(m_histogramLabel);
    histogramTitle->addStretch();
    histogramTitle->addWidget(m_logScale);

    m_entropy = new QLabel(this);
    m_entropy->setObjectName(QStringLiteral("entropy"));
    m_entropy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_entropyNote = new QLabel(this);
    m_entropyNote->setWordWrap(true);
    m_spread = new QLabel(this);
    m_spread->setObjectName(QStringLiteral("spread"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rangeBox);
    layout->addLayout(sums);
    layout->addLayout(running);
    layout->addLayout(histogramTitle);
    layout->addWidget(m_histogram, 1);
    layout->addWidget(m_entropy);
    layout->addWidget(m_entropyNote);
    layout->addWidget(m_spread);
    layout->addLayout(buttons);

    connect(m_job, &ChecksumJob::progressed, m_progress,
            [this](double fraction) { m_progress->setValue(int(fraction * 100)); });
    connect(m_job, &ChecksumJob::computed, this, &ChecksumDialog::showSums);
    connect(m_job, &ChecksumJob::failed, this, &ChecksumDialog::showFailure);

    setRunning(false);
    clearResults();
    retranslate();
}

// The job (a child) cancels and waits for its thread as it goes, before the tab's object can.
ChecksumDialog::~ChecksumDialog() = default;

void ChecksumDialog::setRange(quint64 selectionStart, quint64 selectionLength, quint64 size)
{
    m_selectionStart = selectionStart;
    m_selectionLength = selectionLength;
    m_size = size;
    m_selectionChoice->setEnabled(selectionLength > 0);
    m_selectionChoice->setVisible(selectionLength > 0);
    retranslate();
    // Toggling a choice computes; setting the one already chosen does not, so compute() then.
    QRadioButton *chosen = selectionLength > 0 ? m_selectionChoice : m_wholeChoice;
    if (chosen->isChecked()) {
        compute();
    } else {
        chosen->setChecked(true);
    }
}

void ChecksumDialog::compute()
{
    const bool selection = m_selectionChoice->isChecked() && m_selectionLength > 0;
    m_computedStart = selection ? m_selectionStart : 0;
    m_computedLength = selection ? m_selectionLength : m_size;
    clearResults();
    setRunning(true);
    setStatus([this] { return tr("Computing %1…").arg(rangeText(m_computedStart, m_computedLength)); });
    m_job->start(m_computedStart, m_computedLength);
}

QString ChecksumDialog::sum(Algorithm algorithm) const
{
    return m_fields[Digest::index(algorithm)]->text();
}

void ChecksumDialog::showSums(const Digest::Sums &sums)
{
    setRunning(false);
    m_sums = sums;
    for (const Algorithm algorithm : Digest::AllAlgorithms) {
        const int i = Digest::index(algorithm);
        const std::optional<QString> hex = sums.of(algorithm);
        m_fields[i]->setText(hex.value_or(QString()));
        m_fields[i]->setPlaceholderText(hex ? QString() : tr("not available in this libcrypto"));
        m_copyButtons[i]->setEnabled(hex.has_value());
    }
    if (sums.statistics)
        m_histogram->setStatistics(*sums.statistics);
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    setStatus([this, when] { return tr("Sums of %1, read at %2.").arg(rangeText(m_computedStart, m_computedLength), when); });
    retranslate();
}

void ChecksumDialog::showFailure(const QString &message)
{
    setRunning(false);
    clearResults();
    setStatus([message] { return message; });
}

void ChecksumDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_cancel->setVisible(running);
    m_computeAgain->setEnabled(!running);
}

void ChecksumDialog::clearResults()
{
    m_sums.reset();
    for (QLineEdit *field : m_fields) {
        field->clear();
        field->setPlaceholderText(QString());
    }
    for (QToolButton *button : m_copyButtons)
        button->setEnabled(false);
    m_histogram->clear();
    m_entropy->clear();
    m_spread->clear();
}

void ChecksumDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void ChecksumDialog::copy(Algorithm algorithm)
{
    const QString text = sum(algorithm);
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    setStatus([algorithm] { return tr("%1 copied to the clipboard.").arg(Digest::name(algorithm)); });
}

QString ChecksumDialog::rangeText(quint64 start, quint64 length) const
{
    if (length == 0)
        return tr("no bytes");
    return tr("%1 byte(s) from 0x%2 to 0x%3", nullptr, core::Translations::numerus(length))
        .arg(QLocale().toString(length))
        .arg(start, 0, 16)
        .arg(start + length - 1, 0, 16);
}

void ChecksumDialog::retranslate()
{
    setWindowTitle(tr("Checksums and Statistics"));
    m_rangeBox->setTitle(tr("Bytes of %1").arg(m_object.name()));
    m_selectionChoice->setText(tr("&Selection: %1").arg(rangeText(m_selectionStart, m_selectionLength)));
    m_wholeChoice->setText(tr("&Whole segment: %1").arg(rangeText(0, m_size)));
    m_selectionChoice->setToolTip(tr("The bytes selected in the hex view when the dialog was opened"));
    m_wholeChoice->setToolTip(tr("Every byte of the segment or object, from offset 0"));
    const QStringList twins{
        tr("What python3 -c \"import zlib; print('%08x' % zlib.crc32(data))\" prints for the same bytes"),
        tr("What python3 -c \"import zlib; print('%08x' % zlib.adler32(data))\" prints for the same bytes"),
        tr("What md5sum prints for the same bytes saved to a file"),
        tr("What sha1sum prints for the same bytes saved to a file"),
        tr("What sha256sum prints for the same bytes saved to a file")};
    for (const Algorithm algorithm : Digest::AllAlgorithms) {
        const int i = Digest::index(algorithm);
        m_names[i]->setToolTip(twins.at(i));
        m_fields[i]->setToolTip(twins.at(i));
        m_copyButtons[i]->setText(tr("Copy"));
        m_copyButtons[i]->setToolTip(tr("Copy the %1 to the clipboard").arg(Digest::name(algorithm)));
        m_copyButtons[i]->setAccessibleName(tr("Copy the %1").arg(Digest::name(algorithm)));
    }
    m_progress->setAccessibleName(tr("Progress of the checksums"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop computing; nothing is shown"));
    m_computeAgain->setText(tr("Compute &Again"));
    m_computeAgain->setToolTip(tr("Read the bytes again: another process may have changed them"));
    m_histogramLabel->setText(tr("Byte &histogram (how often each value 00 to ff occurs):"));
    m_histogram->setAccessibleName(tr("Byte histogram"));
    m_logScale->setText(tr("&Logarithmic scale"));
    m_logScale->setToolTip(tr("Bar heights by the logarithm of the count: rare values stay visible beside a "
                              "tall bar"));
    m_entropyNote->setText(tr("Entropy says how unpredictable the bytes are: 0 when every byte is the same, 8 "
                              "when all 256 values are equally common, as in random, compressed or encrypted "
                              "data."));
    m_close->setText(tr("Close"));
    if (m_sums && m_sums->statistics) {
        const core::ByteStatistics &statistics = *m_sums->statistics;
        m_entropy->setText(tr("Entropy: %1 bits per byte").arg(QLocale().toString(statistics.entropy(), 'f', 2)));
        m_spread->setText(tr("Mean byte value %1; %n of the 256 values occur.", nullptr, statistics.distinctValues())
                              .arg(QLocale().toString(statistics.mean(), 'f', 1)));
    }
    if (m_statusText)
        m_status->setText(m_statusText());
}

void ChecksumDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

// Closed while computing: the run stops, nothing left reading in the background.
void ChecksumDialog::hideEvent(QHideEvent *event)
{
    stop();
    QDialog::hideEvent(event);
}

void ChecksumDialog::stop()
{
    if (!m_job->cancel())
        return;
    setRunning(false);
    clearResults();
    setStatus([] { return tr("Cancelled: nothing was computed."); });
}

} // namespace app
