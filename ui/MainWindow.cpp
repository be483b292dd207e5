// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "BuildInfo.h"
#include "ElidedLabel.h"
#include "FleetPanel.h"
#include "HistoryPanel.h"
#include "LogPanel.h"
#include "ObservedPanel.h"
#include "session/InspectionFootprint.h"

#include "coder/CoderRestSource.h"
#include "ConnectionDialog.h"
#include "models/UserListModel.h"
#include "observe/LogExplainer.h"
#include "SandboxDeployment.h"
#include "secrets/TokenPolicy.h"
#include "secrets/TokenStore.h"
#include "ServersPanel.h"
#include "session/InspectorSession.h"
#include "session/ReportWriter.h"
#include "ToolsPanel.h"
#include "TracePanel.h"
#include "UserPicker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_session(new InspectorSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    buildUi();
    buildActions();

    connect(m_session, &InspectorSession::connected, this, &MainWindow::onConnected);
    connect(m_session, &InspectorSession::connectionFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Connection failed: %1").arg(error));
        m_statusSource->setFullText(tr("Not connected"));
    });
    connect(m_session, &InspectorSession::resolving, this, [this] {
        statusBar()->showMessage(tr("Resolving %1…").arg(m_session->selectedUser().username));
    });
    connect(m_session, &InspectorSession::resolutionChanged, this, &MainWindow::refreshAll);
    connect(m_session, &InspectorSession::regexApplied, this, &MainWindow::refreshAfterEdit);
    connect(m_users, &UserPicker::userChosen, this, &MainWindow::onUserChosen);
    connect(m_delegated, &QCheckBox::toggled, m_session, &InspectorSession::setDelegated);
    connect(m_era, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_era->currentData().toInt();
        m_session->setEraOverride(value < 0 ? std::nullopt
                                            : std::optional<CoderEra::Era>(CoderEra::Era(value)));
    });
    connect(m_clientTools, &QSpinBox::valueChanged, m_session,
            &InspectorSession::setClientToolCount);
    connect(m_serversPanel, &ServersPanel::currentServerChanged, m_toolsPanel,
            &ToolsPanel::setServer);
    connect(m_serversPanel, &ServersPanel::trustRequested, this, &MainWindow::confirmTrustOrigin);
    connect(m_toolsPanel, &ToolsPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    refreshChrome();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    m_users = new UserPicker(m_session, this);
    m_delegated = new QCheckBox(tr("Delegated request (no session key)"), this);
    m_delegated->setObjectName(QStringLiteral("delegatedCheck"));
    m_delegated->setToolTip(
        tr("Resolve as a delegated caller such as chat, which holds no session key: "
           "the Coder MCP server is then skipped."));
    // Which Coder build the predictions speak for: the build's own version unless the
    // admin picks one (their clients differ: paging, versions, decoding).
    m_era = new QComboBox(this);
    m_era->setObjectName(QStringLiteral("eraCombo"));
    m_era->addItem(tr("Coder era: from the build's version"), -1);
    for (const CoderEra::Era e : CoderEra::all())
        m_era->addItem(tr("Era %1: %2").arg(CoderEra::name(e), CoderEra::releases(e)), int(e));
    m_era->setToolTip(tr("A: up to v2.34 (mcp-go, raw ids) — B: v2.35-v2.36 (mcp-go, sanitised "
                         "ids) — C: v2.37 on (go-sdk, page 1 of tools/list only). A/B is "
                         "verified by release tags; B/C is inferred from dates."));
    m_clientTools = new QSpinBox(this);
    m_clientTools->setObjectName(QStringLiteral("clientToolsSpin"));
    m_clientTools->setRange(0, 1000);
    m_clientTools->setPrefix(tr("Client's own tools: "));
    m_clientTools->setToolTip(tr("Claude Code, Cursor and other clients send their own tools "
                                 "beside the injected ones: the OpenAI API's 128-tool limit counts "
                                 "both."));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_users, 1);
    leftLayout->addWidget(m_delegated);
    leftLayout->addWidget(m_era);
    leftLayout->addWidget(m_clientTools);

    m_serversPanel = new ServersPanel(m_session, this);
    m_toolsPanel = new ToolsPanel(m_session, this);

    m_trace = new TracePanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_toolsPanel, tr("Tools and regexes"));
    m_tabs->addTab(m_trace, tr("Decision trace"));

    // Observed: the user's recorded activity beside the prediction, a widget of its own.
    m_tabs->addTab(new ObservedPanel(m_session, this), tr("Observed"));

    // Log explainer: a widget of its own over LogExplanationModel.
    m_tabs->addTab(new LogPanel(this), tr("Explain a log"));

    // The whole deployment at once; a row opens that user here.
    auto *fleet = new FleetPanel(m_session, this);
    m_tabs->addTab(fleet, tr("Fleet"));
    // The fleet needs the height: the chosen user's servers step aside while it shows.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, fleet] {
        m_serversPanel->setVisible(m_tabs->currentWidget() != fleet &&
                                   m_tabs->currentWidget()->objectName() !=
                                       QLatin1String("historyPanel"));
        m_rightSplitter->refresh(); // hand the space over now, not at the next layout pass
    });
    connect(fleet, &FleetPanel::userActivated, this, [this](const CoderUser &user) {
        onUserChosen(user);
        m_tabs->setCurrentWidget(m_toolsPanel);
    });
    // The watch's saved scans over time; a user in a comparison opens here too.
    auto *history = new HistoryPanel(this);
    m_history = history;
    m_tabs->addTab(history, tr("History"));
    connect(history, &HistoryPanel::userActivated, this, [this](const CoderUser &user) {
        onUserChosen(user);
        m_tabs->setCurrentWidget(m_toolsPanel);
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    m_rightSplitter = right;
    right->addWidget(m_serversPanel);
    right->addWidget(m_tabs);
    right->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(1, 3);
    main->setSizes({260, 900});
    setCentralWidget(main);

    // The source and what it cannot see: one elided line, all of it in the tooltip.
    m_statusSource = new ElidedLabel(this);
    m_statusSource->setObjectName(QStringLiteral("statusSource"));
    statusBar()->addPermanentWidget(m_statusSource, 1);
    resize(1280, 800);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    const auto add = [&](const QString &name, const QString &text, const QKeySequence &keys,
                         auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        file->addAction(action);
        bar->addAction(action);
        return action;
    };
    add(QStringLiteral("actionConnect"), tr("&Connect…"), QKeySequence::Open,
        [this] { showConnectionDialog(); });
    add(QStringLiteral("actionSandbox"), tr("Open &sandbox"), QKeySequence(),
        [this] { openSandbox(); });
    add(QStringLiteral("actionFindUser"), tr("&Find user"), QKeySequence::Find,
        [this] { m_users->focusSearch(); });
    add(QStringLiteral("actionResolve"), tr("&Re-resolve"), QKeySequence::Refresh,
        [this] { m_session->reresolve(); });
    add(QStringLiteral("actionExport"), tr("&Export report…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                              QStringLiteral("aibridge-report.md"),
                                                              tr("Markdown (*.md);;JSON (*.json)"));
            QString error;
            if (!path.isEmpty() && !exportReport(path, &error))
                QMessageBox::warning(this, tr("Export failed"), error);
        });
    auto *createKey =
        file->addAction(tr("Create an AI Gateway key…"), this, [this] { createGatewayKey(); });
    createKey->setObjectName(QStringLiteral("actionCreateGatewayKey"));
    auto *forget = file->addAction(tr("Forget the saved token"), this, [this] {
        const QUrl url = m_session->deploymentUrl();
        if (!url.isValid() || m_fromSandbox) {
            statusBar()->showMessage(tr("No deployment to forget a token for."), 4000);
            return;
        }
        auto *store = new TokenStore(this);
        store->remove(url, [this, store, url](const TokenStore::Result &r) {
            store->deleteLater();
            statusBar()->showMessage(r.status == TokenStore::Status::Unavailable
                                         ? tr("The keychain is not available (%1).").arg(r.error)
                                         : tr("The saved token for %1 is gone.").arg(url.host()),
                                     6000);
        });
    });
    forget->setObjectName(QStringLiteral("actionForgetToken"));
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About AI Bridge Inspector"), this, [this] {
        QMessageBox::about(this, tr("About AI Bridge Inspector"), aboutText());
    });
    about->setObjectName(QStringLiteral("actionAbout"));
    auto *footprint =
        help->addAction(tr("What an inspection leaves in coderd's log"), this, [this] {
            QMessageBox::information(this, tr("What an inspection leaves in coderd's log"),
                                     InspectionFootprint::text());
        });
    footprint->setObjectName(QStringLiteral("actionFootprint"));
}

QString MainWindow::aboutText()
{
    return tr("<b>AI Bridge Inspector</b> %1<br>Built from commit %2.<br><br>See which MCP "
              "servers and tools Coder's AI Bridge injects for a user.<br>Apache-2.0. Links Qt "
              "(LGPL-3.0), QtKeychain (BSD-3-Clause), RE2 (BSD-3-Clause) and protobuf "
              "(BSD-3-Clause).")
        .arg(QStringLiteral(AIBI_VERSION), QStringLiteral(AIBI_COMMIT));
}

bool MainWindow::openSandbox()
{
    SandboxScenario scenario = SandboxScenario::standard();
    if (m_sandboxPopulation > 0)
        scenario.addPopulation(
            m_sandboxPopulation,
            {QStringLiteral("coder"), QStringLiteral("github"), QStringLiteral("jira")});
    m_sandbox = std::make_unique<SandboxDeployment>(std::move(scenario));
    if (!m_sandbox->start()) {
        statusBar()->showMessage(tr("The sandbox cannot start: %1").arg(m_sandbox->errorString()));
        m_sandbox.reset();
        return false;
    }
    QSet<QString> delegated;
    for (const SandboxUser &u : m_sandbox->scenario().users)
        if (u.delegated)
            delegated.insert(u.user.id);
    m_session->setDelegatedUsers(delegated);
    m_session->setPerUserConfigs(true); // its stories have configs of their own
    // The sandbox serves its Coder MCP server on a port of its own: ours to trust.
    m_session->setTrustedOrigins({m_sandbox->mcpServer(QStringLiteral("coder"))->url()});
    m_fromSandbox = true;
    m_session->connectToDeployment(m_sandbox->url(), m_sandbox->adminToken(),
                                   m_sandbox->gatewayKey());
    return true;
}

void MainWindow::connectDeployment(const QUrl &url, const Secret &token, const Secret &gatewayKey,
                                   bool remember)
{
    m_fromSandbox = false;
    m_sandbox.reset();
    m_session->setDelegatedUsers({});
    m_session->setPerUserConfigs(false);
    m_session->setTrustedOrigins({});
    m_session->connectToDeployment(url, token, gatewayKey);
    // Saved only once the deployment accepted the token, and never with user info; an
    // earlier attempt that never signed in saves nothing.
    disconnect(m_saveOnConnect);
    m_saveOnConnect = connect(
        m_session, &InspectorSession::connected, this,
        [this, url, token, gatewayKey, remember] {
            QSettings().setValue(QStringLiteral("connection/url"),
                                 url.toString(QUrl::RemoveUserInfo));
            if (!remember)
                return;
            if (!gatewayKey.isEmpty()) {
                auto *keyStore = new TokenStore(this, TokenStore::Entry::GatewayKey);
                keyStore->write(url, gatewayKey, [keyStore](const TokenStore::Result &) {
                    keyStore->deleteLater();
                });
            }
            auto *store = new TokenStore(this);
            store->write(url, token, [this, store](const TokenStore::Result &result) {
                if (result.status != TokenStore::Status::Ok)
                    statusBar()->showMessage(
                        tr("No keychain (%1): the token is kept for this session only.")
                            .arg(result.error));
                store->deleteLater();
            });
        },
        Qt::SingleShotConnection);
}

void MainWindow::createGatewayKey()
{
    const QUrl url = m_session->deploymentUrl();
    if (!url.isValid()) {
        statusBar()->showMessage(tr("Connect to a deployment first."), 4000);
        return;
    }
    // A second key of this workstation's name gets coderd's "Key name must be unique.":
    // look first, and offer to replace the old key or take a free name.
    m_session->listGatewayKeys([this, url](const QList<CoderRestSource::GatewayKeyInfo> &keys,
                                           const QString &listError) {
        const QString base = CoderRestSource::gatewayKeyName(QSysInfo::machineHostName());
        QStringList taken;
        QString existingId;
        for (const CoderRestSource::GatewayKeyInfo &k : keys) {
            taken << k.name;
            if (k.name == base)
                existingId = k.id;
        }
        if (!listError.isEmpty() || existingId.isEmpty()) {
            confirmAndCreateKey(url, base, {});
            return;
        }
        const QString free = CoderRestSource::freeKeyName(base, taken);
        if (m_confirmHook) { // tests: take the free name
            confirmAndCreateKey(url, free, {});
            return;
        }
        QMessageBox box(QMessageBox::Question, tr("An AI Gateway key of this name exists"),
                        tr("The deployment already has the key \"%1\" (from this workstation, or "
                           "one of the same name). Keys of this tool here: %2.")
                            .arg(base, keysOfThisTool(keys)),
                        QMessageBox::Cancel, this);
        QPushButton *replace =
            box.addButton(tr("Delete it and create it anew"), QMessageBox::DestructiveRole);
        QPushButton *other = box.addButton(tr("Create \"%1\"").arg(free), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == replace)
            confirmAndCreateKey(url, base, existingId);
        else if (box.clickedButton() == other)
            confirmAndCreateKey(url, free, {});
    });
}

QString MainWindow::keysOfThisTool(const QList<CoderRestSource::GatewayKeyInfo> &keys)
{
    QStringList mine;
    for (const CoderRestSource::GatewayKeyInfo &k : keys)
        if (k.name.startsWith(QLatin1String("aibridge-inspector-")))
            mine << tr("%1 (created %2%3)")
                        .arg(k.name,
                             QLocale().toString(k.createdAt.toLocalTime(), QLocale::ShortFormat),
                             k.lastHeartbeatAt.isValid()
                                 ? tr(", last used %1")
                                       .arg(QLocale().toString(k.lastHeartbeatAt.toLocalTime(),
                                                               QLocale::ShortFormat))
                                 : QString());
    return mine.join(QLatin1String("; "));
}

void MainWindow::confirmAndCreateKey(const QUrl &url, const QString &name, const QString &replaceId)
{
    const bool yes =
        m_confirmHook
            ? m_confirmHook(url)
            : QMessageBox::warning(
                  this, tr("Create an AI Gateway key?"),
                  tr("This creates the AI Gateway key \"%1\" on %2 with your Owner session.\n\n"
                     "Whoever holds this key can read every user's external-auth tokens "
                     "(their GitHub, Jira, … access). It is kept in this workstation's "
                     "keychain; revoke it with `coder ai-gateway keys delete %1` when done.")
                      .arg(name, url.host()),
                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    if (!yes)
        return;
    if (!replaceId.isEmpty()) {
        m_session->deleteGatewayKey(replaceId, [this, url, name](const QString &error) {
            if (!error.isEmpty()) {
                statusBar()->showMessage(error);
                return;
            }
            confirmAndCreateKey(url, name, {}); // asks once more: a new secret is made
        });
        return;
    }
    m_session->createGatewayKey(name, [this, url](const Secret &key, const QString &error) {
        if (key.isEmpty()) {
            statusBar()->showMessage(error);
            return;
        }
        if (m_fromSandbox) {
            statusBar()->showMessage(tr("AI Gateway key created (sandbox: not saved)."), 6000);
            return;
        }
        auto *store = new TokenStore(this, TokenStore::Entry::GatewayKey);
        store->write(url, key, [this, store](const TokenStore::Result &r) {
            store->deleteLater();
            statusBar()->showMessage(
                r.status == TokenStore::Status::Ok
                    ? tr("AI Gateway key created and saved in the keychain.")
                    : tr("AI Gateway key created; no keychain (%1): kept for this session only.")
                          .arg(r.error),
                8000);
        });
    });
}

bool MainWindow::confirmPlainHttp(const QUrl &url)
{
    if (TokenPolicy::plainHttpRefusal(url, false).isEmpty())
        return true;
    if (m_confirmHook)
        return m_confirmHook(url);
    return QMessageBox::warning(
               this, tr("Send the token in clear text?"),
               tr("%1 uses plain http: the session token would cross the network unencrypted. "
                  "Connect anyway?")
                   .arg(url.toDisplayString()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

void MainWindow::confirmTrustOrigin(const QUrl &url)
{
    const bool yes =
        m_confirmHook
            ? m_confirmHook(url)
            : QMessageBox::question(
                  this, tr("Send the session token elsewhere?"),
                  tr("The Coder MCP server is at %1, not at the deployment's origin. Send your "
                     "Owner session token there for the live probe?")
                      .arg(TokenPolicy::origin(url)),
                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    if (yes)
        m_session->trustOrigin(url);
}

bool MainWindow::openSnapshotFile(const QString &path)
{
    QString error;
    m_fromSandbox = false;
    if (!m_session->openSnapshot(path, &error)) {
        statusBar()->showMessage(tr("Cannot open the snapshot: %1").arg(error));
        return false;
    }
    return true;
}

void MainWindow::startFromSettings()
{
    const QString envUrl = qEnvironmentVariable("CODER_URL");
    const QString envToken = qEnvironmentVariable("CODER_SESSION_TOKEN");
    if (!envUrl.isEmpty() && !envToken.isEmpty()) {
        QString error;
        const QUrl url = TokenPolicy::parseUrl(envUrl, &error);
        if (url.isEmpty()) {
            statusBar()->showMessage(tr("CODER_URL: %1").arg(error));
        } else if (confirmPlainHttp(url)) {
            connectDeployment(url, Secret(envToken),
                              Secret(qEnvironmentVariable("CODER_AI_GATEWAY_KEY")), false);
            return;
        }
    }
    QString ignored;
    const QUrl url = TokenPolicy::parseUrl(
        QSettings().value(QStringLiteral("connection/url")).toString(), &ignored);
    if (url.isEmpty() || !TokenPolicy::plainHttpRefusal(url, false).isEmpty()) {
        showConnectionDialog();
        return;
    }
    auto *store = new TokenStore(this);
    store->read(url, [this, store, url](const TokenStore::Result &result) {
        store->deleteLater();
        if (result.status == TokenStore::Status::Ok) {
            const Secret session = result.token;
            auto *keyStore = new TokenStore(this, TokenStore::Entry::GatewayKey);
            keyStore->read(url, [this, keyStore, url, session](const TokenStore::Result &key) {
                keyStore->deleteLater();
                connectDeployment(url, session, key.token, false);
            });
            return;
        }
        if (result.status == TokenStore::Status::Unavailable)
            statusBar()->showMessage(tr("The keychain is not available (%1).").arg(result.error));
        showConnectionDialog();
    });
}

void MainWindow::selectUserWhenConnected(const QString &username, const QString &screenshotPath)
{
    const auto pick = [this, username] {
        m_users->pickWhenFound(username);
    };
    if (m_session->isConnected())
        pick();
    else
        connect(m_session, &InspectorSession::connected, this, pick, Qt::SingleShotConnection);
    if (screenshotPath.isEmpty())
        return;
    connect(m_session, &InspectorSession::resolutionChanged, this, [this, screenshotPath] {
        if (m_session->isBusy() || m_session->selectedUser().id.isEmpty())
            return;
        selectServer(0);
        grab().save(screenshotPath);
        QApplication::quit();
    });
}

void MainWindow::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrl(QSettings().value(QStringLiteral("connection/url")).toString());
    // Ask the keychain now, so "remember" is only offered when it can be kept.
    auto *probe = new TokenStore(this);
    QPointer<ConnectionDialog> guard(dialog);
    probe->read(QUrl(QStringLiteral("https://keychain-check.invalid")),
                [guard, probe](const TokenStore::Result &r) {
                    probe->deleteLater();
                    if (guard && r.status == TokenStore::Status::Unavailable)
                        guard->setKeychainAvailable(false, r.error);
                });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        switch (dialog->choice()) {
        case ConnectionDialog::Choice::Deployment: {
            QString error;
            const QUrl url = TokenPolicy::parseUrl(dialog->url(), &error);
            if (!error.isEmpty()) {
                statusBar()->showMessage(tr("Cannot connect: %1").arg(error));
                showConnectionDialog();
                break;
            }
            if (!confirmPlainHttp(url)) {
                statusBar()->showMessage(tr("Not connected: plain http was not confirmed."));
                break;
            }
            connectDeployment(url, Secret(dialog->token()), Secret(dialog->gatewayKey()),
                              dialog->rememberToken());
            break;
        }
        case ConnectionDialog::Choice::Sandbox:
            openSandbox();
            break;
        case ConnectionDialog::Choice::Snapshot: {
            const QString path = QFileDialog::getOpenFileName(this, tr("Open snapshot"), {},
                                                              tr("Snapshots (*.json)"));
            if (!path.isEmpty())
                openSnapshotFile(path);
            break;
        }
        case ConnectionDialog::Choice::None:
            break;
        }
    });
    dialog->open();
}

void MainWindow::onConnected()
{
    refreshChrome();
    statusBar()->showMessage(tr("Connected."), 3000);
    if (m_session->canSearchUsers())
        m_users->search();
    else
        refreshAll();
}

void MainWindow::onUserChosen(const CoderUser &user)
{
    m_session->selectUser(user);
    QSignalBlocker block(m_delegated);
    m_delegated->setChecked(m_session->isDelegated());
}

void MainWindow::selectServer(int row)
{
    m_serversPanel->selectServer(row);
}

ServerTableModel *MainWindow::serverModel() const
{
    return m_serversPanel->model();
}

ToolTableModel *MainWindow::toolModel() const
{
    return m_toolsPanel->model();
}

void MainWindow::refreshAll()
{
    m_toolsPanel->refresh(true);
    m_serversPanel->refresh();
    m_trace->setResolution(m_session->resolution());
    if (!m_session->isBusy())
        statusBar()->clearMessage();
    refreshChrome();
}

void MainWindow::refreshAfterEdit()
{
    m_toolsPanel->refresh(false);
    m_serversPanel->refresh();
    refreshChrome();
}

void MainWindow::refreshChrome()
{
    const CoderUser &user = m_session->selectedUser();
    QString host = m_session->deploymentUrl().host();
    if (m_session->deploymentUrl().port() > 0)
        host += QStringLiteral(":%1").arg(m_session->deploymentUrl().port());
    QString title = tr("AI Bridge Inspector");
    if (!user.username.isEmpty())
        title += QStringLiteral(" — ") + user.username;
    if (m_session->snapshot())
        title += tr(" — snapshot");
    else if (!host.isEmpty())
        title += QStringLiteral(" — ") + host + (m_fromSandbox ? tr(" (sandbox)") : QString());
    setWindowTitle(title);

    m_serversPanel->refreshTexts();

    QString source = m_session->sourceName();
    const CoderUser admin = m_session->signedInUser();
    if (!admin.username.isEmpty())
        source += tr(" — signed in as %1").arg(admin.username);
    if (!m_session->deploymentVersion().isEmpty())
        source += tr(" — Coder %1").arg(m_session->deploymentVersion());
    const QString limits = m_session->sourceLimitations();
    m_statusSource->setFullText(limits.isEmpty() ? source
                                                 : source + QStringLiteral(" — ") + limits);
}

bool MainWindow::exportReport(const QString &path, QString *error)
{
    // QSaveFile: an existing report is replaced only by a complete new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray body =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
            ? QJsonDocument(ReportWriter::json(*m_session)).toJson(QJsonDocument::Indented)
            : ReportWriter::markdown(*m_session).toUtf8();
    if (file.write(body) != body.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(path), 5000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::openHistory(const QString &dir)
{
    if (!m_history)
        return;
    m_history->setFolder(dir);
    m_tabs->setCurrentWidget(m_history);
}
