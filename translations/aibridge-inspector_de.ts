<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliConnection</name>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="27" />
        <source>Read the inputs from a snapshot file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="29" />
        <source>Use the built-in sandbox deployment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="31" />
        <source>Coder deployment URL (default: $CODER_URL). The session token comes from $CODER_SESSION_TOKEN or the keychain (see login).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="35" />
        <source>MCPConfigurator endpoint base for exact per-user data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="36" />
        <source>Accept any TLS certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="62" />
        <source>no session token for %1: set CODER_SESSION_TOKEN or run `login --url %1`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="64" />
        <source>no session token for %1: the keychain is not available (%2); set CODER_SESSION_TOKEN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="79" />
        <location filename="../app/cli/CliConnection.cpp" line="96" />
        <source>choose one of --snapshot, --sandbox and --url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="112" />
        <source>no source: give --snapshot FILE, --sandbox, or --url URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="118" />
        <source>not an http(s) URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="157" />
        <source>user search needs --sandbox or --url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/CliConnection.cpp" line="189" />
        <source>no user named or with id '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoderApiCall</name>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="15" />
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="44" />
        <source>no network access manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="70" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="80" />
        <source>the answer from %1 is larger than %2 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="98" />
        <source>TLS error talking to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="104" />
        <source>cannot reach %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="115" />
        <source>HTTP %1 redirect to %2 not followed (the session token stays with the origin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="128" />
        <source>session token rejected (HTTP 401)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="129" />
        <source>forbidden (HTTP 403)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="130" />
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderApiCall.cpp" line="136" />
        <source>%1 did not answer JSON (%2 at offset %3): %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoderRestSource</name>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="34" />
        <source>%1 is not a reachable Coder deployment: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="46" />
        <source>users/me did not describe a user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="51" />
        <source>%1 is not an Owner of this deployment: reading the deployment config (external auth, experiments) needs the Owner role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="81" />
        <source>users: the answer has no users array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="161" />
        <source>deployment config: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="167" />
        <source>experiments: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="227" />
        <source>Another user's external-auth links are not visible through the REST API (only the signed-in admin's are). Use the configurator endpoint, or supply a token for a live probe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="236" />
        <source>external-auth: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="245" />
        <source>Coder deployment %1 (REST API)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="250" />
        <source>Token status is visible only for the signed-in admin; other users' servers show "unknown". Configs are deployment-wide.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfiguratorSource</name>
    <message>
        <location filename="../core/coder/ConfiguratorSource.cpp" line="38" />
        <source>malformed GetMCPServerConfigsResponse: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/ConfiguratorSource.cpp" line="61" />
        <source>malformed GetMCPServerAccessTokensBatchResponse: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/ConfiguratorSource.cpp" line="71" />
        <source>Configurator endpoint %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/ConfiguratorSource.cpp" line="76" />
        <source>Exact per-user configs and token status, as AI Bridge sees them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="14" />
        <location filename="../ui/ConnectionDialog.cpp" line="41" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="21" />
        <source>Session token of an Owner (coder tokens create)</source>
        <translation>Sitzungstoken eines Owners (coder tokens create)</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="25" />
        <source>Optional: MCPConfigurator endpoint for exact per-user data</source>
        <translation>Optional: MCPConfigurator-Endpunkt für genaue Daten je Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="26" />
        <source>Remember the token in the keychain</source>
        <translation>Token im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="34" />
        <source>Deployment URL:</source>
        <translation>Deployment-URL:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="35" />
        <source>Session token:</source>
        <translation>Sitzungstoken:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="36" />
        <source>Configurator:</source>
        <translation>Configurator:</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="43" />
        <source>Open sandbox</source>
        <translation>Sandbox öffnen</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="45" />
        <source>Open snapshot…</source>
        <translation>Snapshot öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="79" />
        <source>No keychain is available (%1): the token is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Das Token gilt nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>FilterCommand</name>
    <message>
        <location filename="../app/cli/FilterCommand.cpp" line="18" />
        <source>Apply a tool allow/deny regex pair to tool names (RE2, Go semantics).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FilterCommand.cpp" line="22" />
        <source>Tool allow regex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FilterCommand.cpp" line="25" />
        <source>Tool deny regex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FilterCommand.cpp" line="29" />
        <source>Server id used for injected names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FilterCommand.cpp" line="32" />
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FilterCommand.cpp" line="36" />
        <source>Tool names (else read from stdin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/FilterCommand.cpp" line="81" />
        <source>%1 of %2 injected
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InspectorSession</name>
    <message>
        <location filename="../core/session/InspectorSession.cpp" line="69" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../core/session/InspectorSession.cpp" line="225" />
        <source>Proxied with the edited regexes.</source>
        <translation>Mit den bearbeiteten Regexen eingebunden.</translation>
    </message>
    <message>
        <location filename="../core/session/InspectorSession.cpp" line="229" />
        <source>A tool regex does not compile: %1</source>
        <translation>Eine Tool-Regex lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <location filename="../core/session/InspectorSession.cpp" line="245" />
        <source># The Coder MCP server's tool regexes are not set through CODER_EXTERNAL_AUTH_* variables.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/InspectorSession.cpp" line="248" />
        <source># Use the index n of CODER_EXTERNAL_AUTH_&lt;n&gt;_ID=%1
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="23" />
        <source>Remove the saved session token of a deployment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="24" />
        <source>Check a session token and save it in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="26" />
        <source>Coder deployment URL (default: $CODER_URL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="28" />
        <source>Accept any TLS certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="41" />
        <source>give the deployment with --url URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="58" />
        <source>the keychain is not available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="62" />
        <source>Removed the session token for %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="63" />
        <source>No session token was saved for %1.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="71" />
        <source>no token: set CODER_SESSION_TOKEN or pipe it on stdin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="95" />
        <source>signed in as %1, but the token was not saved: the keychain is not available (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/LoginCommand.cpp" line="100" />
        <source>Signed in to %1 (Coder %2) as %3; the token is saved in the keychain.
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51" />
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55" />
        <source>Resolving %1…</source>
        <translation>%1 wird aufgelöst…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71" />
        <source>Copied the env lines to the clipboard.</source>
        <translation>Die Env-Zeilen wurden in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85" />
        <source>Delegated request (no session key)</source>
        <translation>Delegierte Anfrage (kein Sitzungsschlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88" />
        <source>Resolve as a delegated caller such as chat, which holds no session key: the Coder MCP server is then skipped.</source>
        <translation>Wie ein delegierter Aufrufer (z. B. Chat) ohne Sitzungsschlüssel auflösen: Der Coder-MCP-Server entfällt dann.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108" />
        <source>AI Bridge caches each user's MCP setup for 15 minutes: a newly linked app or a changed regex shows only once that entry expires.</source>
        <translation>AI Bridge speichert die MCP-Einrichtung jedes Benutzers 15 Minuten zwischen: Eine neu verknüpfte App oder eine geänderte Regex wirkt erst, wenn dieser Eintrag abläuft.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139" />
        <source>Filter tools by name</source>
        <translation>Tools nach Namen filtern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141" />
        <source>Tools of all servers</source>
        <translation>Tools aller Server</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167" />
        <source>Tools and regexes</source>
        <translation>Tools und Regexe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168" />
        <source>Decision trace</source>
        <translation>Entscheidungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206" />
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208" />
        <source>Open &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210" />
        <source>&amp;Find user</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212" />
        <source>&amp;Re-resolve</source>
        <translation>&amp;Neu auflösen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214" />
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216" />
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218" />
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221" />
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232" />
        <source>The sandbox cannot start: %1</source>
        <translation>Die Sandbox kann nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261" />
        <source>No keychain (%1): the token is kept for this session only.</source>
        <translation>Kein Schlüsselbund (%1): Das Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271" />
        <source>Cannot open the snapshot: %1</source>
        <translation>Der Snapshot lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300" />
        <source>The keychain is not available (%1).</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343" />
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344" />
        <source>Snapshots (*.json)</source>
        <translation>Snapshots (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359" />
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="433" />
        <source>AI Bridge Inspector</source>
        <translation>AI-Bridge-Inspektor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="437" />
        <source> — snapshot</source>
        <translation> — Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439" />
        <source> (sandbox)</source>
        <translation> (Sandbox)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="444" />
        <source>Pick a user on the left.</source>
        <translation>Links einen Benutzer wählen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="445" />
        <source>Connect to a deployment (Ctrl+O) or open the sandbox.</source>
        <translation>Mit einem Deployment verbinden (Strg+O) oder die Sandbox öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447" />
        <source>%1: the resolution failed — %2</source>
        <translation>%1: Die Auflösung ist fehlgeschlagen — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="453" />
        <source>%1: %2 of %3 MCP servers proxied, %4 tools injected%5</source>
        <translation>%1: %2 von %3 MCP-Servern eingebunden, %4 Tools injiziert%5</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="458" />
        <source> (delegated: no session key)</source>
        <translation> (delegiert: kein Sitzungsschlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463" />
        <source>⚠ %1 tools are injected: providers accept at most %2 (OpenAI: "array too long"). Narrow them with allow/deny regexes.</source>
        <translation>⚠ %1 Tools werden injiziert: Anbieter akzeptieren höchstens %2 (OpenAI: „array too long“). Mit Allow/Deny-Regexen eingrenzen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="471" />
        <source> — signed in as %1</source>
        <translation> — angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="473" />
        <source> — Coder %1</source>
        <translation> — Coder %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="495" />
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <location filename="../core/mcp/McpClient.cpp" line="72" />
        <source>the initialize result has no protocolVersion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpClient.cpp" line="73" />
        <source>unsupported protocol version %1 (we speak %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpClient.cpp" line="121" />
        <source>the tools/list result has no tools array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpClient.cpp" line="149" />
        <source>more than %1 pages of tools: stopped following nextCursor (%2 tools so far)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>McpHttpExchange</name>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="34" />
        <location filename="../core/mcp/McpHttpExchange.cpp" line="211" />
        <source>no complete answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="52" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="58" />
        <source>no network access manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="101" />
        <source>response of %1 bytes is over the %2-byte cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="115" />
        <location filename="../core/mcp/McpHttpExchange.cpp" line="226" />
        <source>response passed the %1-byte cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="137" />
        <source>SSE event data is not a JSON-RPC message (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="139" />
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="170" />
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="186" />
        <source>the answer holds no response with our id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="206" />
        <source>TLS error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="213" />
        <source>%1 (HTTP %2, after %3 bytes of the body)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="234" />
        <source>redirect without a Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="237" />
        <source>redirect to another origin (%1) refused: the token is not sent there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="241" />
        <source>more than %1 redirects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="266" />
        <source>the SSE stream ended before the response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="286" />
        <source>session no longer known to the server (HTTP %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/mcp/McpHttpExchange.cpp" line="304" />
        <source>HTTP %1 with no response to our request</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="63" />
        <source>Connect to one MCP server over Streamable HTTP and list its tools.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="66" />
        <source>Environment variable holding the bearer token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="69" />
        <source>Timeout per request in seconds (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="71" />
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="73" />
        <source>Accept any TLS certificate (shown in the output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="75" />
        <source>Act as the MCP conformance suite's client command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="77" />
        <source>The server's MCP endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="88" />
        <source>probe needs the server's URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="95" />
        <source>not an http(s) URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="101" />
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="108" />
        <source>environment variable %1 is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="182" />
        <source>Server:   %1 %2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="185" />
        <source>URL:      %1%2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="187" />
        <source>  (TLS NOT VERIFIED: --insecure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="188" />
        <source>Protocol: %1 (offered %2)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="189" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="192" />
        <source>Session restarted %1 time(s), stream resumed %2 time(s)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="195" />
        <source>Timings:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="201" />
        <source>Tools (%1):
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="203" />
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="203" />
        <source>TITLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ProbeCommand.cpp" line="203" />
        <source>DESCRIPTION</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProbeState</name>
    <message>
        <location filename="../core/mcp/ProbeState.cpp" line="31" />
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../core/mcp/ProbeState.cpp" line="33" />
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../core/mcp/ProbeState.cpp" line="35" />
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location filename="../core/mcp/ProbeState.cpp" line="37" />
        <source>listing page %1…</source>
        <translation>liest Seite %1…</translation>
    </message>
    <message>
        <location filename="../core/mcp/ProbeState.cpp" line="39" />
        <source>%1 tools in %2 ms</source>
        <translation>%1 Tools in %2 ms</translation>
    </message>
    <message>
        <location filename="../core/mcp/ProbeState.cpp" line="41" />
        <source>failed after %1 ms: %2</source>
        <translation>nach %1 ms fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="122" />
        <source>No Coder MCP server: the experiments oauth2 and mcp-server-http are not both enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="125" />
        <source>No Coder MCP server: inject_coder_mcp_tools is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/coder/CoderRestSource.cpp" line="134" />
        <source>inject_coder_mcp_tools is not in this version's config: assumed on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegexEditor</name>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="12" />
        <source>Select a server to edit its tool regexes.</source>
        <translation>Einen Server wählen, um seine Tool-Regexe zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="16" />
        <source>no allow regex: every tool is allowed</source>
        <translation>keine Allow-Regex: jedes Tool ist erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="19" />
        <source>no deny regex</source>
        <translation>keine Deny-Regex</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="31" />
        <source>Reset to deployment value</source>
        <translation>Auf Deployment-Wert zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="33" />
        <source>Copy as env lines</source>
        <translation>Als Env-Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="39" />
        <source>Allow:</source>
        <translation>Allow:</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="42" />
        <source>Deny:</source>
        <translation>Deny:</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="74" />
        <source>Tool regexes of %1 (edited, not deployed)</source>
        <translation>Tool-Regexe von %1 (bearbeitet, nicht ausgerollt)</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="75" />
        <source>Tool regexes of %1 (as deployed)</source>
        <translation>Tool-Regexe von %1 (wie ausgerollt)</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="84" />
        <location filename="../ui/RegexEditor.cpp" line="88" />
        <source>RE2 rejects this: %1 — Coder drops the server (compile tool regex)</source>
        <translation>RE2 lehnt das ab: %1 — Coder lässt den Server weg (compile tool regex)</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="95" />
        <source>Injected tools: %1 → %2 with your edit</source>
        <translation>Injizierte Tools: %1 → %2 mit Ihrer Änderung</translation>
    </message>
    <message>
        <location filename="../ui/RegexEditor.cpp" line="96" />
        <source>Injected tools: %1</source>
        <translation>Injizierte Tools: %1</translation>
    </message>
</context>
<context>
    <name>RegexFilter</name>
    <message>
        <location filename="../core/filter/RegexFilter.cpp" line="40" />
        <source>matches deny `%1` (deny wins over allow `%2`)</source>
        <translation>passt auf Deny `%1` (Deny hat Vorrang vor Allow `%2`)</translation>
    </message>
    <message>
        <location filename="../core/filter/RegexFilter.cpp" line="42" />
        <source>matches deny `%1`</source>
        <translation>passt auf Deny `%1`</translation>
    </message>
    <message>
        <location filename="../core/filter/RegexFilter.cpp" line="44" />
        <source>does not match allow `%1`</source>
        <translation>passt nicht auf Allow `%1`</translation>
    </message>
    <message>
        <location filename="../core/filter/RegexFilter.cpp" line="49" />
        <source>matches allow `%1`</source>
        <translation>passt auf Allow `%1`</translation>
    </message>
    <message>
        <location filename="../core/filter/RegexFilter.cpp" line="51" />
        <source>does not match deny `%1`</source>
        <translation>passt nicht auf Deny `%1`</translation>
    </message>
    <message>
        <location filename="../core/filter/RegexFilter.cpp" line="52" />
        <source>no allow or deny regex</source>
        <translation>keine Allow- oder Deny-Regex</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="54" />
        <source># AI Bridge MCP report: %1

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="55" />
        <source>- Source: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="57" />
        <source>- Coder version: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="58" />
        <source>- User id: %1%2
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="60" />
        <source> (delegated request: no session key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="61" />
        <source>- Generated: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="63" />
        <source>
**The resolution failed:** %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="64" />
        <source>- Injected tools: %1 as deployed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="66" />
        <source>, %1 with the regex edits below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="68" />
        <source>AI Bridge caches a user's MCP setup for 15 minutes: changes show once that entry expires.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="71" />
        <source>## Servers

| Server | Kind | Outcome | Token | Regex | Probe | Tools |
|---|---|---|---|---|---|---|
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="85" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="92" />
        <source>
## Warnings

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="97" />
        <source>
## Regex edits (not deployed)

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="100" />
        <source>- `%1`: allow `%2` → `%3`, deny `%4` → `%5`
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="108" />
        <source>
## Tools of %1

| Tool | Verdict | Injected as | Why |
|---|---|---|---|
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/session/ReportWriter.cpp" line="115" />
        <source>
## Decision trace

(* = also in coderd's log)

</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolutionText</name>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="36" />
        <source>User: %1 (%2)%3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="38" />
        <source>, delegated: no session key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="40" />
        <source>Resolution failed: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="62" />
        <source>SERVER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="62" />
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="62" />
        <source>OUTCOME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="62" />
        <source>TOKEN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="63" />
        <source>REGEX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="63" />
        <source>TOOLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="63" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="73" />
        <source>
Tools of %1:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="74" />
        <source>TOOL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="74" />
        <source>VERDICT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="74" />
        <source>INJECTED AS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="74" />
        <source>WHY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="77" />
        <source>
Injected tools: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="81" />
        <source>
Warnings:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ResolutionText.cpp" line="86" />
        <source>
Trace (* = also in coderd's log):
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="29" />
        <source>Resolve the MCP servers and tools AI Bridge injects for a user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="33" />
        <source>The user, by username or id (not with --snapshot).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="35" />
        <source>Resolve as a delegated request (no session key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="36" />
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="37" />
        <source>Leave the decision trace out of the text output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="39" />
        <source>Connect to every proxied server and filter its live tool list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="40" />
        <source>Probe timeout per request in seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="43" />
        <source>Write the inputs used (tokens replaced by status) to a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="57" />
        <source>--timeout needs a positive number of seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="76" />
        <source>resolve needs --user NAME or ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="132" />
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/ResolveCommand.cpp" line="141" />
        <source>Source: %1
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="107" />
        <source>The request has no session key (a delegated caller such as chat), so the Coder MCP server is skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="132" />
        <source>The Coder MCP config has id `%1`, not `coder`: its tools are listed under `%1` but calls look the server up as `coder` and fail with "server not known".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="196" />
        <source>The token call returned nothing, so no external server is proxied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="197" />
        <source>The token call failed (%1), so no external server is proxied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="212" />
        <source>Not linked: the user has no external auth link with a token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="253" />
        <location filename="../core/resolve/Resolver.cpp" line="298" />
        <source>Token error from coderd: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="263" />
        <source>No access token for this server in coderd's answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="318" />
        <location filename="../core/resolve/Resolver.cpp" line="343" />
        <source>A tool regex does not compile: %1</source>
        <translation>Eine Tool-Regex lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="322" />
        <source>Proxied if the user has a valid link to this external auth app; the token status is not visible from this source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="337" />
        <source>The config entry is empty (nil).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="361" />
        <source>Replaced by a later config registered under the same id `%1`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="363" />
        <source>Two MCP servers are registered under the id `%1`: the later one replaces the earlier (%2 server at %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/Resolver.cpp" line="372" />
        <source>Proxied.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SandboxDeployment</name>
    <message>
        <location filename="../core/sandbox/SandboxDeployment.cpp" line="96" />
        <source>the sandbox's %1 MCP server cannot listen on 127.0.0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/sandbox/SandboxDeployment.cpp" line="103" />
        <source>the sandbox deployment cannot listen on 127.0.0.1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="34" />
        <source>(empty config)</source>
        <translation>(leere Konfiguration)</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="36" />
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="36" />
        <source>External auth</source>
        <translation>External Auth</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="40" />
        <source>proxied</source>
        <translation>eingebunden</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="42" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="44" />
        <source>dropped: %1</source>
        <translation>weggelassen: %1</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="57" />
        <source>no filter</source>
        <translation>kein Filter</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="58" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="62" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="149" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="151" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="153" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="155" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="157" />
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="159" />
        <source>Probe</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="161" />
        <source>Tools injected / total</source>
        <translation>Tools injiziert / gesamt</translation>
    </message>
    <message>
        <location filename="../core/models/ServerTableModel.cpp" line="163" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>SnapshotSource</name>
    <message>
        <location filename="../core/source/SnapshotSource.cpp" line="21" />
        <source>Snapshot of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/source/SnapshotSource.cpp" line="27" />
        <source>A recorded snapshot: one user, no live data.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <location filename="../core/secrets/TokenStore.cpp" line="72" />
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ToolInventory</name>
    <message>
        <location filename="../core/resolve/ToolInventory.cpp" line="61" />
        <source>the server is not proxied (%1)</source>
        <translation>der Server ist nicht eingebunden (%1)</translation>
    </message>
    <message>
        <location filename="../core/resolve/ToolInventory.cpp" line="64" />
        <source>`%1` encodes to the same id %2 and replaces it</source>
        <translation>`%1` ergibt dieselbe ID %2 und ersetzt es</translation>
    </message>
    <message>
        <location filename="../core/resolve/ToolInventory.cpp" line="97" />
        <source>Server `%1`: duplicate tool ID %2 after sanitization; `%3` is unreachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ToolInventory.cpp" line="106" />
        <source>Tool ID %1 is injected by both `%2` and `%3`: only one is reachable, and which one depends on Go's map order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/resolve/ToolInventory.cpp" line="118" />
        <source>%1 tools are injected: more than the %2 OpenAI accepts ("array too long"). Narrow them with allow/deny regexes.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ToolTableModel</name>
    <message>
        <location filename="../core/models/ToolTableModel.cpp" line="103" />
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../core/models/ToolTableModel.cpp" line="105" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../core/models/ToolTableModel.cpp" line="107" />
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../core/models/ToolTableModel.cpp" line="109" />
        <source>Injected as</source>
        <translation>Injiziert als</translation>
    </message>
    <message>
        <location filename="../core/models/ToolTableModel.cpp" line="111" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../core/models/ToolTableModel.cpp" line="113" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <location filename="../core/models/TraceModel.cpp" line="37" />
        <source>coderd logs this</source>
        <translation>coderd protokolliert das</translation>
    </message>
    <message>
        <location filename="../core/models/TraceModel.cpp" line="37" />
        <source>inspector only</source>
        <translation>nur im Inspektor</translation>
    </message>
    <message>
        <location filename="../core/models/TraceModel.cpp" line="57" />
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../core/models/TraceModel.cpp" line="59" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../core/models/TraceModel.cpp" line="61" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../core/models/TraceModel.cpp" line="63" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../core/models/TraceModel.cpp" line="65" />
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <location filename="../ui/TracePanel.cpp" line="41" />
        <source>debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="42" />
        <source>info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="43" />
        <source>warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="44" />
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="55" />
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="57" />
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/TracePanel.cpp" line="81" />
        <source>all servers</source>
        <translation>alle Server</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <location filename="../core/models/UserListModel.cpp" line="36" />
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/UserPicker.cpp" line="22" />
        <source>Search users (Ctrl+F)</source>
        <translation>Benutzer suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="29" />
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="75" />
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="80" />
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/UserPicker.cpp" line="88" />
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="22" />
        <source>Search the deployment's users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="26" />
        <source>Text to search for (username, email).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="28" />
        <source>Page size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="29" />
        <source>Skip this many.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="31" />
        <source>Print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="68" />
        <source>USERNAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="68" />
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="68" />
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="68" />
        <source>ROLES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="68" />
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/UsersCommand.cpp" line="69" />
        <source>%1 of %2 shown
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="19" />
        <source>See which MCP servers and tools Coder's AI Bridge injects for a user.</source>
        <translation>Zeigt, welche MCP-Server und Tools Coders AI Bridge für einen Benutzer injiziert.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="24" />
        <source>User interface language.</source>
        <translation>Sprache der Oberfläche.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="29" />
        <source>Start on the built-in sandbox deployment.</source>
        <translation>Mit dem eingebauten Sandbox-Deployment starten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31" />
        <source>Open a snapshot file.</source>
        <translation>Eine Snapshot-Datei öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="35" />
        <source>With --sandbox and --user: save a PNG of the window and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/main.cpp" line="39" />
        <source>Pick this user once connected.</source>
        <translation>Diesen Benutzer nach dem Verbinden wählen.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="13" />
        <source>Usage: aibridge-inspector-cli COMMAND [options]
See which MCP servers and tools Coder's AI Bridge injects for a user.

Commands:
  resolve   resolve a user's MCP servers (--snapshot FILE | --sandbox | --url URL)
            [--user NAME] [--probe] [--json] [--save-snapshot FILE]
  users     search users (--search TEXT, on --sandbox or --url)
  login     save a session token in the keychain (--url URL; token from
            CODER_SESSION_TOKEN or stdin)
  logout    remove it (--url URL)
  probe     connect to one MCP server and list its tools (URL [--token-env VAR])
  filter    apply allow/deny regexes to tool names (--allow RE --deny RE [NAME...])

Options:
  -h, --help     show this help (COMMAND --help for a command's options)
  -v, --version  show the version

Exit codes: 0 ok, 1 resolution error, 2 bad input.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="64" />
        <source>unknown command '%1' (try --help)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>