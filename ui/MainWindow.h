// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "coder/CoderRestSource.h"
#include "secrets/Secret.h"
#include <functional>

#include <memory>
#include <QMainWindow>

class InspectorSession;
class SandboxDeployment;
class ServerTableModel;
class ToolTableModel;
class ServersPanel;
class ToolsPanel;
class UserPicker;
class TracePanel;
class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTabWidget;
struct CoderUser;

// The admin's window: pick a user, see the servers the factory resolves with token,
// regex and probe status, edit regexes live against the real tool lists, read the
// decision trace, export a report. All logic lives in InspectorSession; the public
// slots double as test hooks so a test never waits in a modal dialog.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The History view on a folder of saved scans (--history DIR).
    void openHistory(const QString &dir);
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    InspectorSession *session() const { return m_session; }
    ServerTableModel *serverModel() const;
    ToolTableModel *toolModel() const;
    UserPicker *userPicker() const { return m_users; }
    const SandboxDeployment *sandbox() const { return m_sandbox.get(); }
    // The About box's text: version and the commit the build comes from.
    static QString aboutText();
    // Tests answer confirmations (plain http, trusting an origin) through this hook
    // instead of a modal box.
    void setConfirmHook(std::function<bool(const QUrl &)> hook) { m_confirmHook = std::move(hook); }

public Q_SLOTS:
    bool openSandbox();
    // Generated users beside the sandbox's story users (docs/fleet.md), for the Fleet tab.
    void setSandboxPopulation(int count) { m_sandboxPopulation = count; }
    void connectDeployment(const QUrl &url, const Secret &token, const Secret &gatewayKey,
                           bool remember);
    bool openSnapshotFile(const QString &path);
    bool exportReport(const QString &path, QString *error = nullptr);
    void selectServer(int row);
    void showConnectionDialog();
    void startFromSettings(); // CODER_URL/CODER_SESSION_TOKEN, else the keychain, else the dialog
    // Picks the user once connected; with a path, saves a PNG of the window when the
    // probes are done and quits (for screenshots in docs and reviews).
    void selectUserWhenConnected(const QString &username, const QString &screenshotPath = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    class HistoryPanel *m_history = nullptr;
    bool confirmPlainHttp(const QUrl &url);
    void createGatewayKey();
    void confirmAndCreateKey(const QUrl &url, const QString &name, const QString &replaceId);
    static QString keysOfThisTool(const QList<CoderRestSource::GatewayKeyInfo> &keys);
    void confirmTrustOrigin(const QUrl &url);
    void buildUi();
    void buildActions();
    void onConnected();
    void onUserChosen(const CoderUser &user);
    void refreshAll();
    void refreshAfterEdit();
    void refreshChrome();

    InspectorSession *m_session;
    std::unique_ptr<SandboxDeployment> m_sandbox;
    UserPicker *m_users = nullptr;
    QCheckBox *m_delegated = nullptr;
    ServersPanel *m_serversPanel = nullptr;
    ToolsPanel *m_toolsPanel = nullptr;
    TracePanel *m_trace = nullptr;
    QTabWidget *m_tabs = nullptr;
    class QSplitter *m_rightSplitter = nullptr;
    class ElidedLabel *m_statusSource = nullptr;
    bool m_fromSandbox = false;
    int m_sandboxPopulation = 0;
    QComboBox *m_era = nullptr;
    QSpinBox *m_clientTools = nullptr;
    std::function<bool(const QUrl &)> m_confirmHook;
    QMetaObject::Connection m_saveOnConnect;
};
