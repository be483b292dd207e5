<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityClient</name>
    <message>
        <source>this build has no sessions API (%1)</source>
        <translation>dieser Build hat keine Sessions-API (%1)</translation>
    </message>
</context>
<context>
    <name>AiGatewayState</name>
    <message>
        <source>this build has no AI Gateway routes (GET /api/v2/entitlements answers 404: not an enterprise build)</source>
        <translation>dieser Build hat keine AI-Gateway-Routen (GET /api/v2/entitlements antwortet 404: kein Enterprise-Build)</translation>
    </message>
    <message>
        <source>the entitlements could not be read: %1</source>
        <translation>die Entitlements lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the entitlements name no &quot;aibridge&quot; feature: this build predates AI Bridge</source>
        <translation>die Entitlements nennen kein Feature „aibridge“: dieser Build ist älter als AI Bridge</translation>
    </message>
    <message>
        <source>the licence lacks the AI Gateway feature (entitlement not_entitled)</source>
        <translation>der Lizenz fehlt das Feature AI Gateway (Entitlement not_entitled)</translation>
    </message>
    <message>
        <source>licensed (%1), but switched off: CODER_AI_GATEWAY_ENABLED is false</source>
        <translation>lizenziert (%1), aber abgeschaltet: CODER_AI_GATEWAY_ENABLED ist false</translation>
    </message>
    <message>
        <source>licensed (grace period: the licence is past its term) and enabled</source>
        <translation>lizenziert (Kulanzfrist: die Lizenz ist abgelaufen) und eingeschaltet</translation>
    </message>
    <message>
        <source>licensed and enabled</source>
        <translation>lizenziert und eingeschaltet</translation>
    </message>
    <message>
        <source>unrecognised entitlement &quot;%1&quot;</source>
        <translation>unbekanntes Entitlement „%1“</translation>
    </message>
    <message>
        <source>AI Gateway: %1; external clients (Claude Code, Cursor …) and Coder Agents chats get this prediction.</source>
        <translation>AI Gateway: %1; externe Clients (Claude Code, Cursor …) und Chats von Coder Agents bekommen diese Vorhersage.</translation>
    </message>
    <message>
        <source>AI Gateway: unknown (%1); whether external clients are accepted is not known.</source>
        <translation>AI Gateway: unbekannt (%1); ob externe Clients angenommen werden, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>AI Gateway: %1. External clients (Claude Code, Cursor, anything pointed at /api/v2/aibridge) are refused on this deployment.</source>
        <translation>AI Gateway: %1. Externe Clients (Claude Code, Cursor, alles, was auf /api/v2/aibridge zeigt) werden auf diesem Deployment abgewiesen.</translation>
    </message>
    <message>
        <source> Coder Agents chats still use coderd&apos;s in-process bridge (CODER_AI_GATEWAY_ENABLED is on): the prediction below is theirs.</source>
        <translation> Chats von Coder Agents nutzen weiter die Bridge im coderd-Prozess (CODER_AI_GATEWAY_ENABLED ist an): die Vorhersage unten gilt für sie.</translation>
    </message>
    <message>
        <source> Coder Agents chats get no bridge either (CODER_AI_GATEWAY_ENABLED is off): nothing injects these tools.</source>
        <translation> Auch Chats von Coder Agents bekommen keine Bridge (CODER_AI_GATEWAY_ENABLED ist aus): nichts injiziert diese Tools.</translation>
    </message>
    <message>
        <source> Coder Agents chats use coderd&apos;s in-process bridge if CODER_AI_GATEWAY_ENABLED is on, which this tool cannot see.</source>
        <translation> Chats von Coder Agents nutzen die Bridge im coderd-Prozess, wenn CODER_AI_GATEWAY_ENABLED an ist – das sieht dieses Werkzeug nicht.</translation>
    </message>
    <message>
        <source>coderd reports: %1</source>
        <translation>coderd meldet: %1</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>Read the inputs from a snapshot file.</source>
        <translation>Die Eingaben aus einer Snapshot-Datei lesen.</translation>
    </message>
    <message>
        <source>Use the built-in sandbox deployment.</source>
        <translation>Das eingebaute Sandbox-Deployment verwenden.</translation>
    </message>
    <message>
        <source>The Coder version the sandbox claims, and whose APIs it serves (default v2.36.4-sandbox; v2.34.5 serves the interceptions API of older builds).</source>
        <translation>Die Coder-Version, die die Sandbox vorgibt und deren APIs sie anbietet (Standard v2.36.4-sandbox; v2.34.5 bietet die Interceptions-API älterer Builds).</translation>
    </message>
    <message>
        <source>What the sandbox&apos;s licence and config allow: enabled (default), disabled (CODER_AI_GATEWAY_ENABLED=false) or not-licensed.</source>
        <translation>Was Lizenz und Konfiguration der Sandbox erlauben: enabled (Standard), disabled (CODER_AI_GATEWAY_ENABLED=false) oder not-licensed.</translation>
    </message>
    <message>
        <source>Coder deployment URL (default: $CODER_URL). The session token comes from $CODER_SESSION_TOKEN or the keychain (see login).</source>
        <translation>URL des Coder-Deployments (Standard: $CODER_URL). Das Sitzungstoken kommt aus $CODER_SESSION_TOKEN oder dem Schlüsselbund (siehe login).</translation>
    </message>
    <message>
        <source>Use the REST API even when an AI Gateway key is available ($CODER_AI_GATEWAY_KEY or the keychain, see login --gateway-key).</source>
        <translation>Die REST-API auch dann verwenden, wenn ein AI-Gateway-Schlüssel vorhanden ist ($CODER_AI_GATEWAY_KEY oder der Schlüsselbund, siehe login --gateway-key).</translation>
    </message>
    <message>
        <source>Accept any TLS certificate from the deployment.</source>
        <translation>Jedes TLS-Zertifikat des Deployments annehmen.</translation>
    </message>
    <message>
        <source>Accept any TLS certificate from the MCP servers a probe connects to.</source>
        <translation>Jedes TLS-Zertifikat der MCP-Server annehmen, mit denen sich eine Prüfung verbindet.</translation>
    </message>
    <message>
        <source>Send tokens over plain http to hosts other than this machine.</source>
        <translation>Tokens über unverschlüsseltes http an andere Hosts als diesen Rechner senden.</translation>
    </message>
    <message>
        <source>Also send the session token to this origin (e.g. a Coder MCP server behind another host name). Repeatable.</source>
        <translation>Das Sitzungstoken auch an diesen Ursprung senden (z. B. ein Coder-MCP-Server hinter einem anderen Hostnamen). Mehrfach möglich.</translation>
    </message>
    <message>
        <source> (CODER_SESSION_TOKEN is set but CODER_URL is not: it is used only with CODER_URL=%1)</source>
        <translation> (CODER_SESSION_TOKEN ist gesetzt, CODER_URL aber nicht: es wird nur mit CODER_URL=%1 verwendet)</translation>
    </message>
    <message>
        <source> (CODER_SESSION_TOKEN belongs to CODER_URL=%1, not to %2)</source>
        <translation> (CODER_SESSION_TOKEN gehört zu CODER_URL=%1, nicht zu %2)</translation>
    </message>
    <message>
        <source>no session token for %1: set CODER_URL and CODER_SESSION_TOKEN or run `login --url %1`</source>
        <translation>kein Sitzungstoken für %1: CODER_URL und CODER_SESSION_TOKEN setzen oder `login --url %1` ausführen</translation>
    </message>
    <message>
        <source>no session token for %1: the keychain is not available (%2); set CODER_URL and CODER_SESSION_TOKEN</source>
        <translation>kein Sitzungstoken für %1: der Schlüsselbund ist nicht verfügbar (%2); CODER_URL und CODER_SESSION_TOKEN setzen</translation>
    </message>
    <message>
        <source>no AI Gateway key: token status is visible for the signed-in admin only (set CODER_AI_GATEWAY_KEY or run `login --gateway-key` for exact answers)</source>
        <translation>kein AI-Gateway-Schlüssel: der Token-Status ist nur für den angemeldeten Admin sichtbar (für genaue Antworten CODER_AI_GATEWAY_KEY setzen oder `login --gateway-key` ausführen)</translation>
    </message>
    <message>
        <source>the AI Gateway is not available here (%1) — using the REST API</source>
        <translation>das AI Gateway ist hier nicht verfügbar (%1) – die REST-API wird verwendet</translation>
    </message>
    <message>
        <source>the deployment refused the AI Gateway (403): %1 — using the REST API instead</source>
        <translation>das Deployment hat das AI Gateway abgewiesen (403): %1 – stattdessen wird die REST-API verwendet</translation>
    </message>
    <message>
        <source> — using the REST API instead</source>
        <translation> – stattdessen wird die REST-API verwendet</translation>
    </message>
    <message>
        <source>using the AI Gateway of %1: exact per-user configs and token status</source>
        <translation>das AI Gateway von %1 wird verwendet: genaue Konfigurationen und Token-Status je Benutzer</translation>
    </message>
    <message>
        <source>choose one of --snapshot, --sandbox and --url</source>
        <translation>nur eines von --snapshot, --sandbox und --url angeben</translation>
    </message>
    <message>
        <source>--sandbox-ai-gateway takes enabled, disabled or not-licensed, not &apos;%1&apos;</source>
        <translation>--sandbox-ai-gateway nimmt enabled, disabled oder not-licensed, nicht „%1“</translation>
    </message>
    <message>
        <source>no source: give --snapshot FILE, --sandbox, or --url URL</source>
        <translation>keine Quelle: --snapshot DATEI, --sandbox oder --url URL angeben</translation>
    </message>
    <message>
        <source>user search needs --sandbox or --url</source>
        <translation>die Benutzersuche braucht --sandbox oder --url</translation>
    </message>
    <message>
        <source>no user named or with id &apos;%1&apos; in the first %2 matches (the server claims %3): give the exact username</source>
        <translation>kein Benutzer mit Namen oder ID „%1“ unter den ersten %2 Treffern (der Server meldet %3): den genauen Benutzernamen angeben</translation>
    </message>
    <message>
        <source>no user named or with id &apos;%1&apos;</source>
        <translation>kein Benutzer mit Namen oder ID „%1“</translation>
    </message>
    <message>
        <source>Add this many generated users to the sandbox, with a mix of linked, expired and unlinked GitHub and Jira tokens (docs/fleet.md).</source>
        <translation>So viele erzeugte Benutzer zur Sandbox hinzufügen, mit einer Mischung aus verknüpften, abgelaufenen und nicht verknüpften GitHub- und Jira-Tokens (docs/fleet.md).</translation>
    </message>
    <message>
        <source>--sandbox-population needs a whole number from 0 to 100000</source>
        <translation>--sandbox-population braucht eine ganze Zahl von 0 bis 100000</translation>
    </message>
    <message>
        <source>Read CODER_URL, CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY from this file (KEY=VALUE lines, no shell) instead of the environment, whose three variables are then ignored: the file is named explicitly (the systemd unit does) and a token is never paired with a URL from elsewhere. Refused unless it is a regular file of yours with mode 0600.</source>
        <translation>CODER_URL, CODER_SESSION_TOKEN und CODER_AI_GATEWAY_KEY aus dieser Datei lesen (KEY=VALUE-Zeilen, keine Shell) statt aus der Umgebung, deren drei Variablen dann nicht beachtet werden: Die Datei ist ausdrücklich genannt (die systemd-Unit tut das), und ein Token wird nie mit einer URL von anderswo gepaart. Abgelehnt, wenn sie keine reguläre Datei von Ihnen mit Modus 0600 ist.</translation>
    </message>
</context>
<context>
    <name>CliEnvFile</name>
    <message>
        <source>%1: owned by %2, not by %3 who runs this: an env file holds secrets and must be the user&apos;s own</source>
        <translation>%1: gehört %2, nicht %3, der dies ausführt: Eine Env-Datei enthält Geheimnisse und muss dem Benutzer selbst gehören</translation>
    </message>
    <message>
        <source>%1: mode %2, must be 0600: group and others must have no access to an env file (chmod 600 %1)</source>
        <translation>%1: Modus %2, muss 0600 sein: Gruppe und andere dürfen keinen Zugriff auf eine Env-Datei haben (chmod 600 %1)</translation>
    </message>
    <message>
        <source>%1: cannot read the env file: %2</source>
        <translation>%1: die Env-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: is a symbolic link: give the env file itself</source>
        <translation>%1: ist ein symbolischer Link: die Env-Datei selbst angeben</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: replaced while it was being read</source>
        <translation>%1: wurde ersetzt, während sie gelesen wurde</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes: not an env file</source>
        <translation>%1: größer als %2 Bytes: keine Env-Datei</translation>
    </message>
    <message>
        <source>line %1: no `export`: the file is read as KEY=VALUE lines, not by a shell</source>
        <translation>Zeile %1: kein `export`: Die Datei wird als KEY=VALUE-Zeilen gelesen, nicht von einer Shell</translation>
    </message>
    <message>
        <source>line %1: not KEY=VALUE</source>
        <translation>Zeile %1: nicht KEY=VALUE</translation>
    </message>
    <message>
        <source>line %1: write the key as %2</source>
        <translation>Zeile %1: den Schlüssel als %2 schreiben</translation>
    </message>
    <message>
        <source>line %1: unknown key %2: the file may set only CODER_URL, CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY</source>
        <translation>Zeile %1: unbekannter Schlüssel %2: Die Datei darf nur CODER_URL, CODER_SESSION_TOKEN und CODER_AI_GATEWAY_KEY setzen</translation>
    </message>
    <message>
        <source>line %1: not KEY=VALUE (no variable name before &apos;=&apos;)</source>
        <translation>Zeile %1: nicht KEY=VALUE (kein Variablenname vor &apos;=&apos;)</translation>
    </message>
    <message>
        <source>line %1: %2 is set again (first on line %3)</source>
        <translation>Zeile %1: %2 wird erneut gesetzt (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>line %1: %2: the quote that opens the value does not close it</source>
        <translation>Zeile %1: %2: Das Anführungszeichen, das den Wert öffnet, schließt ihn nicht</translation>
    </message>
    <message>
        <source>line %1: %2 is empty</source>
        <translation>Zeile %1: %2 ist leer</translation>
    </message>
    <message>
        <source>line %1: %2: the value holds a control character</source>
        <translation>Zeile %1: %2: Der Wert enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>line %1: %2: the value is not UTF-8</source>
        <translation>Zeile %1: %2: Der Wert ist kein UTF-8</translation>
    </message>
    <message>
        <source>sets none of CODER_URL, CODER_SESSION_TOKEN and CODER_AI_GATEWAY_KEY</source>
        <translation>setzt keinen von CODER_URL, CODER_SESSION_TOKEN und CODER_AI_GATEWAY_KEY</translation>
    </message>
</context>
<context>
    <name>CliIo</name>
    <message>
        <source>--timeout needs a number of seconds from 0.001 to 3600, not &apos;%1&apos;</source>
        <translation>--timeout braucht eine Zahl von Sekunden zwischen 0.001 und 3600, nicht „%1“</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--coder-era takes A, B or C, not &apos;%1&apos;</source>
        <translation>--coder-era nimmt A, B oder C, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>CoderApiCall</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>kein Netzwerkzugriffsmanager</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MiB</source>
        <translation>die Antwort von %1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>TLS error talking to %1: %2</source>
        <translation>TLS-Fehler bei %1: %2</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 not followed (the session token stays with the origin)</source>
        <translation>HTTP-%1-Weiterleitung nach %2 nicht gefolgt (das Sitzungstoken bleibt beim Ursprung)</translation>
    </message>
    <message>
        <source>session token rejected (HTTP 401)</source>
        <translation>Sitzungstoken abgewiesen (HTTP 401)</translation>
    </message>
    <message>
        <source>forbidden (HTTP 403)</source>
        <translation>verboten (HTTP 403)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 did not answer JSON (%2 at offset %3): %4</source>
        <translation>%1 hat nicht mit JSON geantwortet (%2 an Position %3): %4</translation>
    </message>
</context>
<context>
    <name>CoderClientProbe</name>
    <message>
        <source>no answer within this tool&apos;s patience (%1); Coder&apos;s client has no timeout and would keep waiting, delaying the user&apos;s first request</source>
        <translation>keine Antwort innerhalb der Geduld dieses Werkzeugs (%1); Coders Client hat kein Zeitlimit und würde weiter warten, was die erste Anfrage des Benutzers verzögert</translation>
    </message>
</context>
<context>
    <name>CoderEra</name>
    <message>
        <source>Coder up to v2.34 (mcp-go v0.38.0, raw tool ids)</source>
        <translation>Coder bis v2.34 (mcp-go v0.38.0, rohe Tool-IDs)</translation>
    </message>
    <message>
        <source>Coder v2.35-v2.36 (mcp-go v0.38.0, sanitised tool ids)</source>
        <translation>Coder v2.35–v2.36 (mcp-go v0.38.0, bereinigte Tool-IDs)</translation>
    </message>
    <message>
        <source>Coder v2.37 and later (go-sdk v1.7.0, sanitised tool ids)</source>
        <translation>Coder ab v2.37 (go-sdk v1.7.0, bereinigte Tool-IDs)</translation>
    </message>
    <message>
        <source>unknown Coder build</source>
        <translation>unbekannter Coder-Build</translation>
    </message>
    <message>
        <source>verified by release tags</source>
        <translation>durch Release-Tags belegt</translation>
    </message>
    <message>
        <source>start verified by release tags (v2.35.0 has the sanitising change)</source>
        <translation>Beginn durch Release-Tags belegt (v2.35.0 enthält die Bereinigung)</translation>
    </message>
    <message>
        <source>inferred from dates: the go-sdk change merged after v2.36.0 was cut, and no backport was found</source>
        <translation>aus Daten erschlossen: die go-sdk-Änderung wurde nach dem Schnitt von v2.36.0 gemergt, ein Backport wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the build&apos;s version names no release</source>
        <translation>die Version des Builds nennt kein Release</translation>
    </message>
</context>
<context>
    <name>CoderPrediction</name>
    <message>
        <source>Coder gets no tools from this server: %1 (and keeps that for the bridge&apos;s 15 minutes)</source>
        <translation>Coder bekommt von diesem Server keine Tools: %1 (und behält das für die 15 Minuten der Bridge)</translation>
    </message>
    <message>
        <source>Cannot tell what Coder gets from this server: %1</source>
        <translation>Was Coder von diesem Server bekommt, lässt sich nicht sagen: %1</translation>
    </message>
</context>
<context>
    <name>CoderRestSource</name>
    <message>
        <source>%1 is not a reachable Coder deployment: %2</source>
        <translation>%1 ist kein erreichbares Coder-Deployment: %2</translation>
    </message>
    <message>
        <source>users/me did not describe a user</source>
        <translation>users/me hat keinen Benutzer beschrieben</translation>
    </message>
    <message>
        <source>%1 is not an Owner of this deployment: reading the deployment config (external auth, experiments) needs the Owner role</source>
        <translation>%1 ist kein Owner dieses Deployments: die Deployment-Konfiguration (External Auth, Experimente) zu lesen braucht die Rolle Owner</translation>
    </message>
    <message>
        <source>creating an AI Gateway key: %1</source>
        <translation>AI-Gateway-Schlüssel anlegen: %1</translation>
    </message>
    <message>
        <source>creating an AI Gateway key: the answer has no key</source>
        <translation>AI-Gateway-Schlüssel anlegen: die Antwort enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>listing AI Gateway keys: %1</source>
        <translation>AI-Gateway-Schlüssel auflisten: %1</translation>
    </message>
    <message>
        <source>deleting the AI Gateway key: %1</source>
        <translation>AI-Gateway-Schlüssel löschen: %1</translation>
    </message>
    <message>
        <source>users: the answer has no users array</source>
        <translation>users: die Antwort enthält kein users-Array</translation>
    </message>
    <message>
        <source>deployment config: %1</source>
        <translation>Deployment-Konfiguration: %1</translation>
    </message>
    <message>
        <source>experiments: %1</source>
        <translation>Experimente: %1</translation>
    </message>
    <message>
        <source>Another user&apos;s external-auth links are not visible through the REST API (only the signed-in admin&apos;s are). Use the configurator endpoint, or supply a token for a live probe.</source>
        <translation>Die External-Auth-Verknüpfungen anderer Benutzer sind über die REST-API nicht sichtbar (nur die des angemeldeten Admins). Den Konfigurator-Endpunkt verwenden oder für eine Live-Prüfung ein Token angeben.</translation>
    </message>
    <message>
        <source>external-auth: %1</source>
        <translation>external-auth: %1</translation>
    </message>
    <message>
        <source>Token status read over REST: that endpoint refreshes tokens as it lists them, AI Bridge never does — a token shown &quot;ok&quot; here may be &quot;expired or invalid OAuth2 token&quot; to AI Bridge. An AI Gateway key gives coderd&apos;s exact answer.</source>
        <translation>Token-Status über REST gelesen: dieser Endpunkt erneuert Tokens beim Auflisten, AI Bridge tut das nie – ein hier „ok“ gezeigtes Token kann für AI Bridge „expired or invalid OAuth2 token“ sein. Ein AI-Gateway-Schlüssel liefert die genaue Antwort von coderd.</translation>
    </message>
    <message>
        <source>Coder deployment %1 (REST API)</source>
        <translation>Coder-Deployment %1 (REST-API)</translation>
    </message>
    <message>
        <source>Token status is visible only for the signed-in admin; other users&apos; servers show &quot;unknown&quot;. Configs are deployment-wide.</source>
        <translation>Der Token-Status ist nur für den angemeldeten Admin sichtbar; die Server anderer Benutzer zeigen „unbekannt“. Konfigurationen gelten für das ganze Deployment.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Session token of an Owner (coder tokens create)</source>
        <translation>Sitzungstoken eines Owners (coder tokens create)</translation>
    </message>
    <message>
        <source>Deployment URL:</source>
        <translation>Deployment-URL:</translation>
    </message>
    <message>
        <source>Session token:</source>
        <translation>Sitzungstoken:</translation>
    </message>
    <message>
        <source>Optional: AI Gateway key, for exact per-user token status</source>
        <translation>Optional: AI-Gateway-Schlüssel für den genauen Token-Status je Benutzer</translation>
    </message>
    <message>
        <source>An AI Gateway key (coder ai-gateway keys create, Owner only) lets this tool ask coderd exactly what AI Bridge asks, for any user. It can read every user&apos;s external-auth tokens: keep it like a password.</source>
        <translation>Mit einem AI-Gateway-Schlüssel (coder ai-gateway keys create, nur Owner) fragt dieses Werkzeug coderd genau das, was AI Bridge fragt – für jeden Benutzer. Er kann die External-Auth-Tokens aller Benutzer lesen: wie ein Passwort verwahren.</translation>
    </message>
    <message>
        <source>Remember the token and key in the keychain</source>
        <translation>Token und Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>AI Gateway key:</source>
        <translation>AI-Gateway-Schlüssel:</translation>
    </message>
    <message>
        <source>Open sandbox</source>
        <translation>Sandbox öffnen</translation>
    </message>
    <message>
        <source>Open snapshot…</source>
        <translation>Snapshot öffnen…</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the token is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Das Token gilt nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>ConnectionFlags</name>
    <message>
        <source>any TLS certificate accepted from the deployment (--insecure)</source>
        <translation>jedes TLS-Zertifikat des Deployments angenommen (--insecure)</translation>
    </message>
    <message>
        <source>any TLS certificate accepted from MCP servers (--insecure-probes)</source>
        <translation>jedes TLS-Zertifikat von MCP-Servern angenommen (--insecure-probes)</translation>
    </message>
    <message>
        <source>tokens allowed over plain http (--allow-http)</source>
        <translation>Tokens über unverschlüsseltes http erlaubt (--allow-http)</translation>
    </message>
    <message>
        <source>session token also sent to %1 (--trust-origin)</source>
        <translation>Sitzungstoken auch an %1 gesendet (--trust-origin)</translation>
    </message>
</context>
<context>
    <name>DrpcCall</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no stream</source>
        <translation>kein Stream</translation>
    </message>
    <message>
        <source>%1: the stream closed before an answer</source>
        <translation>%1: der Stream wurde vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1: the server closed the call without an answer</source>
        <translation>%1: der Server hat den Aufruf ohne Antwort beendet</translation>
    </message>
    <message>
        <source>%1: cancelled by the server</source>
        <translation>%1: vom Server abgebrochen</translation>
    </message>
    <message>
        <source>%1: unexpected DRPC packet kind %2</source>
        <translation>%1: unerwartete DRPC-Paketart %2</translation>
    </message>
    <message>
        <source>%1: malformed DRPC answer: %2</source>
        <translation>%1: fehlerhafte DRPC-Antwort: %2</translation>
    </message>
</context>
<context>
    <name>ExplainLogCommand</name>
    <message>
        <source>Explain coderd log lines about AI Bridge&apos;s MCP servers (slog human or JSON).</source>
        <translation>coderd-Logzeilen zu den MCP-Servern von AI Bridge erklären (slog, menschenlesbar oder JSON).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The log file, or - for stdin.</source>
        <translation>Die Logdatei oder - für stdin.</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 line(s) longer than %2 KiB: only their start was read</source>
        <translation>%1 Zeile(n) länger als %2 KiB: nur ihr Anfang wurde gelesen</translation>
    </message>
    <message>
        <source>%1 records read; the first %2 are shown (%3 of all were explained)</source>
        <translation>%1 Einträge gelesen; die ersten %2 werden gezeigt (%3 von allen wurden erklärt)</translation>
    </message>
    <message>
        <source>line %1: unknown (not a line this tool knows: no explanation given)
</source>
        <translation>Zeile %1: unbekannt (keine Zeile, die dieses Werkzeug kennt: keine Erklärung)
</translation>
    </message>
    <message>
        <source>line %1 [%2]%3: %4
    what to do: %5
    (%6)
</source>
        <translation>Zeile %1 [%2]%3: %4
    was tun: %5
    (%6)
</translation>
    </message>
    <message>
        <source>%1 of %2 records explained.
</source>
        <translation>%1 von %2 Einträgen erklärt.
</translation>
    </message>
</context>
<context>
    <name>FilterCommand</name>
    <message>
        <source>Apply a tool allow/deny regex pair to tool names (RE2, Go semantics).</source>
        <translation>Ein Allow/Deny-Regex-Paar auf Tool-Namen anwenden (RE2, Go-Semantik).</translation>
    </message>
    <message>
        <source>Tool allow regex.</source>
        <translation>Allow-Regex für Tools.</translation>
    </message>
    <message>
        <source>Tool deny regex.</source>
        <translation>Deny-Regex für Tools.</translation>
    </message>
    <message>
        <source>Server id used for injected names.</source>
        <translation>Server-ID für die injizierten Namen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Tool names (else read from stdin).</source>
        <translation>Tool-Namen (sonst von stdin gelesen).</translation>
    </message>
    <message>
        <source>%1 of %2 injected
</source>
        <translation>%1 von %2 injiziert
</translation>
    </message>
</context>
<context>
    <name>FleetChangesTable</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Tools lost</source>
        <translation>Verlorene Tools</translation>
    </message>
    <message>
        <source>Tools gained</source>
        <translation>Gewonnene Tools</translation>
    </message>
    <message>
        <source>new since then</source>
        <translation>seitdem neu</translation>
    </message>
    <message>
        <source>no longer in the fleet</source>
        <translation>nicht mehr in der Flotte</translation>
    </message>
    <message>
        <source>not scanned this time, not compared</source>
        <translation>diesmal nicht geprüft, nicht verglichen</translation>
    </message>
    <message>
        <source>not scanned then, not compared</source>
        <translation>damals nicht geprüft, nicht verglichen</translation>
    </message>
</context>
<context>
    <name>FleetColors</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>other error</source>
        <translation>anderer Fehler</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>Only users matching this text (username, email).</source>
        <translation>Nur Benutzer, auf die dieser Text passt (Benutzername, E-Mail).</translation>
    </message>
    <message>
        <source>Users resolved at once (default 4).</source>
        <translation>Gleichzeitig aufgelöste Benutzer (Standard 4).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also write one CSV row per user and server to this file.</source>
        <translation>Zusätzlich eine CSV-Zeile je Benutzer und Server in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the scan&apos;s inputs (tokens replaced) to a fleet snapshot that replays offline with --snapshot.</source>
        <translation>Die Eingaben der Prüfung (Tokens ersetzt) in einen Flotten-Snapshot schreiben, der sich mit --snapshot offline wiedergeben lässt.</translation>
    </message>
    <message>
        <source>Apply proposed edits (a JSON file: servers&apos; allow/deny regexes, era, clientTools; see the README) to the whole fleet and show who gains and loses what.</source>
        <translation>Vorgeschlagene Änderungen (eine JSON-Datei: Allow/Deny-Regexe der Server, Ära, clientTools; siehe README) auf die ganze Flotte anwenden und zeigen, wer was gewinnt und verliert.</translation>
    </message>
    <message>
        <source>Compare with a saved fleet snapshot: per user what changed, problems first.</source>
        <translation>Mit einem gespeicherten Flotten-Snapshot vergleichen: je Benutzer, was sich geändert hat, Probleme zuerst.</translation>
    </message>
    <message>
        <source>Predict for this Coder era instead of the build&apos;s: A, B or C.</source>
        <translation>Für diese Coder-Ära statt der des Builds vorhersagen: A, B oder C.</translation>
    </message>
    <message>
        <source>Do not list the servers&apos; tools (tool counts are then unknown).</source>
        <translation>Die Tools der Server nicht auflisten (die Tool-Zahlen sind dann unbekannt).</translation>
    </message>
    <message>
        <source>Probe timeout per request in seconds.</source>
        <translation>Zeitlimit je Prüfanfrage in Sekunden.</translation>
    </message>
    <message>
        <source>No cost notice and no progress on stderr.</source>
        <translation>Kein Kostenhinweis und kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>from the fleet snapshot</source>
        <translation>aus dem Flotten-Snapshot</translation>
    </message>
    <message>
        <source>a fleet snapshot does not record the AI Gateway state</source>
        <translation>ein Flotten-Snapshot hält den AI-Gateway-Zustand nicht fest</translation>
    </message>
    <message>
        <source>from the snapshot</source>
        <translation>aus dem Snapshot</translation>
    </message>
    <message>
        <source>a snapshot does not record the deployment&apos;s AI Gateway state</source>
        <translation>ein Snapshot hält den AI-Gateway-Zustand des Deployments nicht fest</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>chosen with --coder-era</source>
        <translation>mit --coder-era gewählt</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>over the REST API other users&apos; token status is unknown: their servers show &quot;unknown&quot;; give an AI Gateway key for exact answers</source>
        <translation>über die REST-API ist der Token-Status anderer Benutzer unbekannt: ihre Server zeigen „unbekannt“; ein AI-Gateway-Schlüssel liefert genaue Antworten</translation>
    </message>
    <message>
        <source>the sandbox gives each story user configs of their own, so they are asked per user; coderd&apos;s are deployment-wide and asked once</source>
        <translation>die Sandbox gibt jedem Story-Benutzer eigene Konfigurationen, daher werden sie je Benutzer erfragt; die von coderd gelten für das ganze Deployment und werden einmal erfragt</translation>
    </message>
    <message>
        <source>%1 user(s) not scanned: the result is partial</source>
        <translation>%1 Benutzer nicht geprüft: das Ergebnis ist unvollständig</translation>
    </message>
    <message>
        <source>listing each server&apos;s tools once…</source>
        <translation>die Tools jedes Servers werden einmal gelistet…</translation>
    </message>
    <message>
        <source>Also list every user&apos;s servers with that user&apos;s own token (providers may rate-limit this), at most --per-user-probes users at a time.</source>
        <translation>Zusätzlich die Server jedes Benutzers mit dessen eigenem Token auflisten (Anbieter können das drosseln), höchstens --per-user-probes Benutzer gleichzeitig.</translation>
    </message>
    <message>
        <source>With --probe-each: users probed at once, so no MCP host sees more of them (default 2).</source>
        <translation>Mit --probe-each: gleichzeitig geprüfte Benutzer, damit kein MCP-Host mehr davon sieht (Standard 2).</translation>
    </message>
    <message>
        <source>Resolve every matching user at once: each server&apos;s outcome and token status per user, the tools each server injects (listed once per server), who is over the OpenAI API&apos;s 128-tool limit; what proposed edits would change; what changed since a saved fleet.</source>
        <translation>Alle passenden Benutzer auf einmal auflösen: Ergebnis und Token-Status jedes Servers je Benutzer, die Tools, die jeder Server injiziert (einmal je Server gelistet), wer über dem 128-Tool-Limit der OpenAI-API liegt; was vorgeschlagene Änderungen ändern würden; was sich seit einer gespeicherten Flotte geändert hat.</translation>
    </message>
    <message>
        <source>How many tools the users&apos; clients send themselves (the OpenAI API&apos;s 128-tool limit counts them).</source>
        <translation>Wie viele Tools die Clients der Benutzer selbst senden (das 128-Tool-Limit der OpenAI-API zählt sie mit).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>With --history: keep the newest N scans, removing older ones this tool wrote (default 30).</source>
        <translation>Mit --history: die neuesten N Prüfungen behalten und ältere, die dieses Werkzeug geschrieben hat, entfernen (Standard 30).</translation>
    </message>
    <message>
        <source>new-problems: exit with status 3 when a user has a problem the previous scan in --history did not show (a token newly expired, not linked or in error, a server newly dropped, newly over the limit); 3 wins over 1.</source>
        <translation>new-problems: mit Status 3 beenden, wenn ein Benutzer ein Problem hat, das die vorige Prüfung in --history nicht zeigte (ein Token neu abgelaufen, nicht verknüpft oder fehlerhaft, ein Server neu weggelassen, neu über dem Limit); 3 hat Vorrang vor 1.</translation>
    </message>
    <message>
        <source>Write the scan as Prometheus text exposition to this file (for node_exporter&apos;s textfile collector; written to a temporary file and renamed).</source>
        <translation>Die Prüfung im Textformat von Prometheus in diese Datei schreiben (für den textfile-Collector von node_exporter; in eine temporäre Datei geschrieben und dann umbenannt).</translation>
    </message>
    <message>
        <source>--fail-on takes &quot;new-problems&quot;</source>
        <translation>--fail-on erwartet „new-problems“</translation>
    </message>
    <message>
        <source>--fail-on new-problems needs --history (the previous scan is there)</source>
        <translation>--fail-on new-problems braucht --history (dort liegt die vorige Prüfung)</translation>
    </message>
    <message>
        <source>the previous scan cannot be read, not compared: %1</source>
        <translation>die vorige Prüfung lässt sich nicht lesen, nicht verglichen: %1</translation>
    </message>
    <message>
        <source>No earlier scan in %1: this one is the baseline.</source>
        <translation>Keine frühere Prüfung in %1: diese ist die Ausgangsbasis.</translation>
    </message>
    <message>
        <source>Save this scan into this folder (a fleet snapshot named by its scan time, no token, mode 0600; a folder it makes is 0700) and compare it with the newest earlier one there.</source>
        <translation>Diese Prüfung in diesem Ordner speichern (ein Flotten-Snapshot, benannt nach der Zeit der Prüfung, ohne Token, Modus 0600; ein Ordner, den es anlegt, erhält 0700) und mit der neuesten früheren Prüfung dort vergleichen.</translation>
    </message>
    <message>
        <source>--fail-on new-problems compares with the history&apos;s previous scan: leave out --compare</source>
        <translation>--fail-on new-problems vergleicht mit der vorigen Prüfung im Verlauf: --compare weglassen</translation>
    </message>
    <message>
        <source>!! The previous scan in %1 cannot be read: not compared (stderr says why).</source>
        <translation>!! Die vorige Prüfung in %1 ist nicht lesbar: nicht verglichen (stderr nennt den Grund).</translation>
    </message>
    <message>
        <source>At most this many users a second (token calls, so coderd&apos;s validate GETs to each provider follow it); default: no cap.</source>
        <translation>Höchstens so viele Benutzer pro Sekunde (Token-Aufrufe, denen coderds Validierungs-GETs an jeden Anbieter folgen); Standard: keine Grenze.</translation>
    </message>
    <message>
        <source>How long the providers take to answer coderd&apos;s validate GET, if you know it: the notice before the scan then estimates its wall time.</source>
        <translation>Wie lange die Anbieter für die Antwort auf coderds Validierungs-GET brauchen, falls bekannt: der Hinweis vor der Prüfung schätzt dann ihre Dauer.</translation>
    </message>
    <message>
        <source>--rate needs users a second from 0.01 to 100000, not &apos;%1&apos;</source>
        <translation>--rate braucht Benutzer pro Sekunde von 0.01 bis 100000, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>FleetComparison</name>
    <message numerus="yes">
        <source>Compared %n user(s) with the fleet scanned %1:</source>
        <translation>
            <numerusform>Ein Benutzer mit der Flotte vom %1 verglichen:</numerusform>
            <numerusform>%n Benutzer mit der Flotte vom %1 verglichen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 user(s) worse, %2 changed otherwise.</source>
        <translation>%1 Benutzer schlechter, %2 anders verändert.</translation>
    </message>
    <message>
        <source>  + %1: new since then</source>
        <translation>  + %1: seitdem neu</translation>
    </message>
    <message>
        <source>  − %1: no longer in the fleet</source>
        <translation>  − %1: nicht mehr in der Flotte</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>lost %n tool(s): %1</source>
        <translation>
            <numerusform>%n Tool verloren: %1</numerusform>
            <numerusform>%n Tools verloren: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gained %n tool(s): %1</source>
        <translation>
            <numerusform>%n Tool gewonnen: %1</numerusform>
            <numerusform>%n Tools gewonnen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %1 partial: %n user(s) not scanned in one of the two are not compared.</source>
        <translation>
            <numerusform>!! %1 unvollständig: %n Benutzer, der in einer der beiden nicht geprüft wurde, wird nicht verglichen.</numerusform>
            <numerusform>!! %1 unvollständig: %n Benutzer, die in einer der beiden nicht geprüft wurden, werden nicht verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both scans were</source>
        <translation>Beide Prüfungen waren</translation>
    </message>
    <message>
        <source>This scan was</source>
        <translation>Diese Prüfung war</translation>
    </message>
    <message>
        <source>The earlier scan was</source>
        <translation>Die frühere Prüfung war</translation>
    </message>
    <message>
        <source>  ? %1: not scanned this time, not compared</source>
        <translation>  ? %1: diesmal nicht geprüft, nicht verglichen</translation>
    </message>
    <message>
        <source>  ? %1: not scanned then, not compared</source>
        <translation>  ? %1: damals nicht geprüft, nicht verglichen</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Keine Änderung.</translation>
    </message>
</context>
<context>
    <name>FleetHistory</name>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: cannot make the history folder</source>
        <translation>%1: der Verlaufsordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: lässt sich nicht schreiben (%2)</translation>
    </message>
</context>
<context>
    <name>FleetHistoryModel</name>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 ok · %2 expired · %3 not linked · %4 error</source>
        <translation>%1 ok · %2 abgelaufen · %3 nicht verknüpft · %4 Fehler</translation>
    </message>
    <message>
        <source>Every linked user&apos;s token read invalid in this scan: possibly the provider&apos;s validate endpoint (see coderd&apos;s WARN with error=).</source>
        <translation>Bei dieser Prüfung war das Token jedes verknüpften Benutzers ungültig: möglicherweise liegt es am Validate-Endpunkt des Anbieters (siehe das WARN von coderd mit error=).</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>Scanned at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Over the OpenAI limit</source>
        <translation>Über dem OpenAI-Limit</translation>
    </message>
    <message>
        <source>New problems</source>
        <translation>Neue Probleme</translation>
    </message>
</context>
<context>
    <name>FleetMetrics</name>
    <message>
        <source>%1: cannot write the metrics (%2)</source>
        <translation>%1: die Metriken lassen sich nicht schreiben (%2)</translation>
    </message>
</context>
<context>
    <name>FleetPanel</name>
    <message>
        <source>Scan the fleet</source>
        <translation>Flotte prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save fleet…</source>
        <translation>Flotte speichern…</translation>
    </message>
    <message>
        <source>Compare with a saved fleet…</source>
        <translation>Mit gespeicherter Flotte vergleichen…</translation>
    </message>
    <message>
        <source>Only users with a problem</source>
        <translation>Nur Benutzer mit einem Problem</translation>
    </message>
    <message>
        <source>Only users matching (empty: everyone)</source>
        <translation>Nur passende Benutzer (leer: alle)</translation>
    </message>
    <message>
        <source>Filter: user, server state…</source>
        <translation>Filter: Benutzer, Serverzustand…</translation>
    </message>
    <message>
        <source>Double-click a row to open that user&apos;s full view.</source>
        <translation>Doppelklick auf eine Zeile öffnet die volle Ansicht dieses Benutzers.</translation>
    </message>
    <message>
        <source>Save fleet</source>
        <translation>Flotte speichern</translation>
    </message>
    <message>
        <source>Fleet snapshots (*.json)</source>
        <translation>Flotten-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Compare with a saved fleet</source>
        <translation>Mit gespeicherter Flotte vergleichen</translation>
    </message>
    <message>
        <source>listing each server&apos;s tools once…</source>
        <translation>die Tools jedes Servers werden einmal gelistet…</translation>
    </message>
    <message>
        <source>Connect to a deployment first.</source>
        <translation>Zuerst mit einem Deployment verbinden.</translation>
    </message>
    <message>
        <source>listing users…</source>
        <translation>Benutzer werden gelistet…</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>Kein Benutzer passt.</translation>
    </message>
    <message>
        <source>Scan the fleet?</source>
        <translation>Die Flotte prüfen?</translation>
    </message>
    <message>
        <source>Not scanned.</source>
        <translation>Nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 of %2 users, about %3 s left</source>
        <translation>%1 von %2 Benutzern, noch etwa %3 s</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>Cancelled: %1 user(s) not scanned.</source>
        <translation>Abgebrochen: %1 Benutzer nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 user(s) could not be scanned.</source>
        <translation>%1 Benutzer ließen sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Scanned %1 user(s).</source>
        <translation>%1 Benutzer geprüft.</translation>
    </message>
    <message>
        <source>What if (the edits on the left): %1</source>
        <translation>Was wäre, wenn (die Änderungen links): %1</translation>
    </message>
    <message>
        <source>%1 with %2&apos;s token</source>
        <translation>%1 mit dem Token von %2</translation>
    </message>
    <message>
        <source>Tools listed once per server: %1.</source>
        <translation>Tools einmal je Server gelistet: %1.</translation>
    </message>
    <message>
        <source>Over the REST API other users&apos; token status is unknown: their cells say &quot;unknown&quot;. An AI Gateway key gives coderd&apos;s exact answers.</source>
        <translation>Über die REST-API ist der Token-Status anderer Benutzer unbekannt: ihre Zellen sagen „unbekannt“. Ein AI-Gateway-Schlüssel liefert die genauen Antworten von coderd.</translation>
    </message>
    <message>
        <source>Fleet saved to %1</source>
        <translation>Flotte nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Scan every user at once: each server&apos;s outcome and token status per user, the tools each server injects, who is over the OpenAI API&apos;s 128-tool limit. Regex edits, the era and the client&apos;s own tools on the left then show who would gain or lose what.</source>
        <translation>Alle Benutzer auf einmal prüfen: Ergebnis und Token-Status jedes Servers je Benutzer, die Tools, die jeder Server injiziert, wer über dem 128-Tool-Limit der OpenAI-API liegt. Regex-Änderungen, die Ära und die eigenen Tools des Clients links zeigen dann, wer was gewinnen oder verlieren würde.</translation>
    </message>
    <message>
        <source>%1 user(s), %2 server(s), Coder era %3 (%4); %5 over the OpenAI API&apos;s %6-tool limit.</source>
        <translation>%1 Benutzer, %2 Server, Coder-Ära %3 (%4); %5 über dem %6-Tool-Limit der OpenAI-API.</translation>
    </message>
    <message>
        <source>unknown (era C&apos;s figures shown)</source>
        <translation>unbekannt (Zahlen von Ära C gezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) get a tool whose injected name an LLM API refuses: each of their requests fails with a 400.</source>
        <translation>
            <numerusform>%n Benutzer bekommt ein Tool, dessen injizierten Namen eine LLM-API abweist: jede seiner Anfragen scheitert mit einem 400.</numerusform>
            <numerusform>%n Benutzer bekommen ein Tool, dessen injizierten Namen eine LLM-API abweist: jede ihrer Anfragen scheitert mit einem 400.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting and filtering…</source>
        <translation>Sortieren und Filtern…</translation>
    </message>
</context>
<context>
    <name>FleetProblems</name>
    <message>
        <source>the resolution failed: %1</source>
        <translation>die Auflösung ist gescheitert: %1</translation>
    </message>
    <message>
        <source>%1: token expired or invalid</source>
        <translation>%1: Token abgelaufen oder ungültig</translation>
    </message>
    <message>
        <source>%1: not linked</source>
        <translation>%1: nicht verknüpft</translation>
    </message>
    <message>
        <source>%1: token error (%2)</source>
        <translation>%1: Token-Fehler (%2)</translation>
    </message>
    <message>
        <source>%1: dropped (%2)</source>
        <translation>%1: weggelassen (%2)</translation>
    </message>
    <message>
        <source>over the OpenAI API&apos;s %1-tool limit</source>
        <translation>über dem %1-Tool-Limit der OpenAI-API</translation>
    </message>
    <message>
        <source>gets tool names an LLM API refuses: requests fail</source>
        <translation>bekommt Tool-Namen, die eine LLM-API abweist: Anfragen scheitern</translation>
    </message>
    <message>
        <source>No new problems since the scan of %1.</source>
        <translation>Keine neuen Probleme seit der Prüfung vom %1.</translation>
    </message>
    <message numerus="yes">
        <source>!! %n user(s) with a problem the scan of %1 did not show:</source>
        <translation>
            <numerusform>!! %n Benutzer mit einem Problem, das die Prüfung vom %1 nicht zeigte:</numerusform>
            <numerusform>!! %n Benutzer mit einem Problem, das die Prüfung vom %1 nicht zeigte:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!!   … %n more (--json has them all)</source>
        <translation>
            <numerusform>!!   … %n weiterer (--json enthält alle)</numerusform>
            <numerusform>!!   … %n weitere (--json enthält alle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetReplaySource</name>
    <message>
        <source>Fleet snapshot of %1, scanned %2</source>
        <translation>Flotten-Snapshot von %1, geprüft %2</translation>
    </message>
    <message>
        <source>Recorded answers: token status as coderd gave it when the fleet was scanned.</source>
        <translation>Aufgezeichnete Antworten: der Token-Status, wie coderd ihn bei der Prüfung der Flotte gab.</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Fleet: %1 user(s), %2 scanned, %3 server(s); Coder era %4 (%5); %6 client tool(s).</source>
        <translation>Flotte: %1 Benutzer, %2 geprüft, %3 Server; Coder-Ära %4 (%5); %6 eigene Tools des Clients.</translation>
    </message>
    <message numerus="yes">
        <source>!! The scan was cancelled: %n user(s) not scanned.</source>
        <translation>
            <numerusform>!! Die Prüfung wurde abgebrochen: %n Benutzer nicht geprüft.</numerusform>
            <numerusform>!! Die Prüfung wurde abgebrochen: %n Benutzer nicht geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %n user(s) could not be scanned: %1</source>
        <translation>
            <numerusform>!! %n Benutzer ließ sich nicht prüfen: %1</numerusform>
            <numerusform>!! %n Benutzer ließen sich nicht prüfen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>What if %1:</source>
        <translation>Was wäre, wenn %1:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>tokens: %1 ok, %2 expired, %3 not linked, %4 other error</source>
        <translation>Tokens: %1 ok, %2 abgelaufen, %3 nicht verknüpft, %4 anderer Fehler</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 unbekannt</translation>
    </message>
    <message>
        <source>the session key is its token</source>
        <translation>der Sitzungsschlüssel ist sein Token</translation>
    </message>
    <message>
        <source>  %1: proxied for %2 user(s), %3; %4</source>
        <translation>  %1: eingebunden für %2 Benutzer, %3; %4</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s) injected each</source>
        <translation>
            <numerusform>je %n Tool injiziert</numerusform>
            <numerusform>je %n Tools injiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>tools unknown</source>
        <translation>Tools unbekannt</translation>
    </message>
    <message>
        <source>      regex error: %1</source>
        <translation>      Regex-Fehler: %1</translation>
    </message>
    <message>
        <source>not scanned (%1)</source>
        <translation>nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>gescheitert: %1</translation>
    </message>
    <message numerus="yes">
        <source>  … %n more (--json or --csv has them all)</source>
        <translation>
            <numerusform>  … %n weiterer (--json oder --csv enthalten alle)</numerusform>
            <numerusform>  … %n weitere (--json oder --csv enthalten alle)</numerusform>
        </translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message numerus="yes">
        <source>Over the REST API other users&apos; tokens cannot be read: the scan asks for the configs once and %n user(s) by name, and shows config-level facts (servers, regexes, tools); token status is &quot;unknown&quot; for everyone but you.</source>
        <translation>
            <numerusform>Über die REST-API lassen sich die Tokens anderer Benutzer nicht lesen: die Prüfung fragt die Konfigurationen einmal und %n Benutzer beim Namen ab und zeigt die Fakten der Konfiguration (Server, Regexe, Tools); der Token-Status ist für alle außer Ihnen „unbekannt“.</numerusform>
            <numerusform>Über die REST-API lassen sich die Tokens anderer Benutzer nicht lesen: die Prüfung fragt die Konfigurationen einmal und %n Benutzer beim Namen ab und zeigt die Fakten der Konfiguration (Server, Regexe, Tools); der Token-Status ist für alle außer Ihnen „unbekannt“.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>unknown (era C&apos;s figures shown)</source>
        <translation>unbekannt (Zahlen von Ära C gezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) over the OpenAI API&apos;s %1-tool limit.</source>
        <translation>
            <numerusform>%n Benutzer über dem %1-Tool-Limit der OpenAI-API.</numerusform>
            <numerusform>%n Benutzer über dem %1-Tool-Limit der OpenAI-API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>!! %n user(s) get a tool whose injected name an LLM API refuses (outside ^[a-zA-Z0-9_-]{1,64}$): each of their requests fails with a 400.</source>
        <translation>
            <numerusform>!! %n Benutzer bekommt ein Tool, dessen injizierten Namen eine LLM-API abweist (außerhalb von ^[a-zA-Z0-9_-]{1,64}$): jede seiner Anfragen scheitert mit einem 400.</numerusform>
            <numerusform>!! %n Benutzer bekommen ein Tool, dessen injizierten Namen eine LLM-API abweist (außerhalb von ^[a-zA-Z0-9_-]{1,64}$): jede ihrer Anfragen scheitert mit einem 400.</numerusform>
        </translation>
    </message>
    <message>
        <source>      breaks requests (names an LLM API refuses): %1</source>
        <translation>      lässt Anfragen scheitern (Namen, die eine LLM-API abweist): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tool name(s) an LLM API refuses: requests fail</source>
        <translation>
            <numerusform>%n Tool-Name, den eine LLM-API abweist: Anfragen scheitern</numerusform>
            <numerusform>%n Tool-Namen, die eine LLM-API abweist: Anfragen scheitern</numerusform>
        </translation>
    </message>
    <message>
        <source>over the OpenAI API&apos;s limit: %1 tools</source>
        <translation>über dem Limit der OpenAI-API: %1 Tools</translation>
    </message>
    <message>
        <source>The configs are asked once; each server&apos;s tools are listed once, with the first user whose token is ok (about %1 MCP requests per server from this workstation).</source>
        <translation>Die Konfigurationen werden einmal erfragt; die Tools jedes Servers werden einmal gelistet, mit dem ersten Benutzer, dessen Token ok ist (etwa %1 MCP-Anfragen je Server von diesem Arbeitsplatz).</translation>
    </message>
    <message>
        <source>Coder era unknown (%1): the figures differ by era. Users over the OpenAI API&apos;s limit per era: %2.</source>
        <translation>Coder-Ära unbekannt (%1): die Zahlen unterscheiden sich je Ära. Benutzer über dem Limit der OpenAI-API je Ära: %2.</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>  %1 injects per era: %2</source>
        <translation>  %1 injiziert je Ära: %2</translation>
    </message>
    <message>
        <source>  Pick the era with --coder-era (or the version the deployment runs) to see one.</source>
        <translation>  Die Ära mit --coder-era wählen (oder die Version, die das Deployment ausführt), um die Zahlen einer Ära zu sehen.</translation>
    </message>
    <message>
        <source>the server refused this user&apos;s own token: it injects nothing for them (coderd/aibridged/pool.go logs the failed Init)</source>
        <translation>der Server hat das eigene Token dieses Benutzers abgewiesen: er injiziert für ihn nichts (coderd/aibridged/pool.go protokolliert das gescheiterte Init)</translation>
    </message>
    <message>
        <source>Users with a server not proxied or over the OpenAI API&apos;s limit:</source>
        <translation>Benutzer mit einem nicht eingebundenen Server oder über dem Limit der OpenAI-API:</translation>
    </message>
    <message numerus="yes">
        <source>This scan asks coderd for %n user(s)&apos; token batches (GetMCPServerAccessTokensBatch, coderd/aibridgedserver). For each user coderd reads their external-auth links once, and for each linked provider among %1 it validates the token: a GET to the provider&apos;s validate URL with the user&apos;s token, with no timeout, unless the token has expired or the provider has no validate URL. Up to %2 validate requests leave coderd, at up to %3 users at a time; a token call our connection loses is asked again up to %4 time(s), up to %5 validate requests in all. Nothing is refreshed. Each invalid or expired token logs a WARN &quot;invalid/expired access token, cannot auto-configure MCP&quot;. A provider that rate-limits this burst answers 429 or a 403 with rate-limit headers, which coderd counts as valid (coderd/externalauth ValidateToken): a revoked token may then read as ok. A validate endpoint that fails (a 5xx, no connection) reads as every token invalid; one that hangs past the factory&apos;s 10 s for the whole batch (coderd/aibridged/mcp.go) costs the user every external server.</source>
        <translation>
            <numerusform>Diese Prüfung fragt coderd nach den Token-Batches von %n Benutzer (GetMCPServerAccessTokensBatch, coderd/aibridgedserver). Für jeden Benutzer liest coderd dessen External-Auth-Verknüpfungen einmal, und für jeden verknüpften Anbieter unter %1 prüft es das Token: ein GET an die Validate-URL des Anbieters mit dem Token des Benutzers, ohne Zeitlimit, außer das Token ist abgelaufen oder der Anbieter hat keine Validate-URL. Bis zu %2 Validate-Anfragen verlassen coderd, mit bis zu %3 Benutzern gleichzeitig; einen Token-Aufruf, den unsere Verbindung verliert, stellt sie bis zu %4-mal erneut, insgesamt bis zu %5 Validate-Anfragen. Nichts wird erneuert. Jedes ungültige oder abgelaufene Token protokolliert ein WARN „invalid/expired access token, cannot auto-configure MCP“. Ein Anbieter, der diesen Ansturm drosselt, antwortet mit 429 oder einem 403 mit Rate-Limit-Headern, was coderd als gültig wertet (coderd/externalauth ValidateToken): ein widerrufenes Token kann dann als ok erscheinen. Ein Validate-Endpunkt, der scheitert (ein 5xx, keine Verbindung), lässt jedes Token ungültig erscheinen; einer, der für den ganzen Batch länger als die 10 s der Factory hängt (coderd/aibridged/mcp.go), kostet den Benutzer jeden externen Server.</numerusform>
            <numerusform>Diese Prüfung fragt coderd nach den Token-Batches von %n Benutzern (GetMCPServerAccessTokensBatch, coderd/aibridgedserver). Für jeden Benutzer liest coderd dessen External-Auth-Verknüpfungen einmal, und für jeden verknüpften Anbieter unter %1 prüft es das Token: ein GET an die Validate-URL des Anbieters mit dem Token des Benutzers, ohne Zeitlimit, außer das Token ist abgelaufen oder der Anbieter hat keine Validate-URL. Bis zu %2 Validate-Anfragen verlassen coderd, mit bis zu %3 Benutzern gleichzeitig; einen Token-Aufruf, den unsere Verbindung verliert, stellt sie bis zu %4-mal erneut, insgesamt bis zu %5 Validate-Anfragen. Nichts wird erneuert. Jedes ungültige oder abgelaufene Token protokolliert ein WARN „invalid/expired access token, cannot auto-configure MCP“. Ein Anbieter, der diesen Ansturm drosselt, antwortet mit 429 oder einem 403 mit Rate-Limit-Headern, was coderd als gültig wertet (coderd/externalauth ValidateToken): ein widerrufenes Token kann dann als ok erscheinen. Ein Validate-Endpunkt, der scheitert (ein 5xx, keine Verbindung), lässt jedes Token ungültig erscheinen; einer, der für den ganzen Batch länger als die 10 s der Factory hängt (coderd/aibridged/mcp.go), kostet den Benutzer jeden externen Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>--probe-each also lists every user&apos;s servers with their own token (and the Coder server with this session): up to %1 more MCP sessions (about %2 requests) from this workstation to the MCP servers, not to coderd.</source>
        <translation>--probe-each listet zusätzlich die Server jedes Benutzers mit dessen eigenem Token (und den Coder-Server mit dieser Sitzung): bis zu %1 weitere MCP-Sitzungen (etwa %2 Anfragen) von diesem Arbeitsplatz an die MCP-Server, nicht an coderd.</translation>
    </message>
    <message>
        <source>%1: every linked user&apos;s token reads invalid (%2, none ok). Possibly the provider&apos;s validate endpoint failing (a 5xx, DNS or coderd&apos;s egress), which coderd counts as an invalid token; or tokens that expire, which coderd never refreshes here. coderd&apos;s log tells them apart: WARN &quot;invalid/expired access token, cannot auto-configure MCP&quot; with provider=%1 carries an error= for a failed validate request and error=&lt;nil&gt; for an expired or refused token. Check that before asking users to re-link.</source>
        <translation>%1: das Token jedes verknüpften Benutzers ist ungültig (%2, keines ok). Möglicherweise scheitert der Validate-Endpunkt des Anbieters (ein 5xx, DNS oder der ausgehende Verkehr von coderd), was coderd als ungültiges Token wertet; oder die Tokens laufen ab, und coderd erneuert sie hier nie. Das Log von coderd unterscheidet beides: WARN „invalid/expired access token, cannot auto-configure MCP“ mit provider=%1 trägt ein error= bei einer gescheiterten Validate-Anfrage und error=&lt;nil&gt; bei einem abgelaufenen oder abgewiesenen Token. Das prüfen, bevor Benutzer gebeten werden, neu zu verknüpfen.</translation>
    </message>
    <message>
        <source>Expected wall time: at least %1 (%2 user(s) × %3 ms ÷ %4 at a time%5); each provider then sees up to %6 validate GET(s) a second from coderd.</source>
        <translation>Erwartete Dauer: mindestens %1 (%2 Benutzer × %3 ms ÷ %4 gleichzeitig%5); jeder Anbieter sieht dann bis zu %6 Validierungs-GET(s) pro Sekunde von coderd.</translation>
    </message>
    <message>
        <source>; --rate %1 a second: at least %2</source>
        <translation>; --rate %1 pro Sekunde: mindestens %2</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(keine Grenze)</translation>
    </message>
    <message>
        <source>The wall time is set by how fast the providers answer those GETs, which is unknown here: about %1 user(s) × their latency ÷ %2 at a time%3. Give --validate-ms with the providers&apos; latency for an estimate.</source>
        <translation>Die Dauer bestimmt, wie schnell die Anbieter diese GETs beantworten, und das ist hier unbekannt: etwa %1 Benutzer × ihre Latenz ÷ %2 gleichzeitig%3. Für eine Schätzung --validate-ms mit der Latenz der Anbieter angeben.</translation>
    </message>
    <message>
        <source>, and at least %1 with --rate %2 a second</source>
        <translation>, und mindestens %1 mit --rate %2 pro Sekunde</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>At that latency every token call outlasts the factory&apos;s 10 s for the batch (coderd/aibridged/mcp.go) and this tool&apos;s 10 s a call: each user reads as failed and is asked again, %1 time(s) more.</source>
        <translation>Bei dieser Latenz dauert jeder Token-Aufruf länger als die 10 s der Factory für den Batch (coderd/aibridged/mcp.go) und die 10 s dieses Werkzeugs pro Aufruf: jeder Benutzer gilt als gescheitert und wird noch %1 Mal gefragt.</translation>
    </message>
</context>
<context>
    <name>FleetScanner</name>
    <message>
        <source>no answer from coderd after %1 attempts: %2</source>
        <translation>keine Antwort von coderd nach %1 Versuchen: %2</translation>
    </message>
    <message>
        <source>recorded in the snapshot</source>
        <translation>im Snapshot aufgezeichnet</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>no scanned user has this server proxied with a usable token: its tools are unknown</source>
        <translation>kein geprüfter Benutzer hat diesen Server mit einem brauchbaren Token eingebunden: seine Tools sind unbekannt</translation>
    </message>
    <message>
        <source>listed once with %1&apos;s token</source>
        <translation>einmal mit dem Token von %1 gelistet</translation>
    </message>
    <message>
        <source>the probe with %1&apos;s token failed: %2</source>
        <translation>die Prüfung mit dem Token von %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>not scanned: the scan was cancelled</source>
        <translation>nicht geprüft: die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the probe was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>; listed again with each user&apos;s own token: %1 of %2 got another list</source>
        <translation>; erneut mit dem eigenen Token jedes Benutzers gelistet: %1 von %2 bekamen eine andere Liste</translation>
    </message>
    <message>
        <source>the server refused %1&apos;s token (%2): %1 gets no tools from it; the others&apos; tools are unknown (--probe-each lists each user&apos;s own)</source>
        <translation>der Server hat das Token von %1 abgewiesen (%2): %1 bekommt von ihm keine Tools; die Tools der anderen sind unbekannt (--probe-each listet die jedes einzelnen Benutzers)</translation>
    </message>
    <message>
        <source>an external-auth provider has the id &quot;coder&quot;, the key the factory registers the Coder MCP server under (proxiers[&quot;coder&quot;], coderd/aibridged/mcp.go): for every user whose token for it is ok it replaces the Coder MCP server, whose tools they lose; rename the provider&apos;s id</source>
        <translation>ein External-Auth-Anbieter hat die ID „coder“, den Schlüssel, unter dem die Factory den Coder-MCP-Server registriert (proxiers[&quot;coder&quot;], coderd/aibridged/mcp.go): für jeden Benutzer, dessen Token dafür ok ist, ersetzt er den Coder-MCP-Server, dessen Tools dieser Benutzer verliert; die ID des Anbieters umbenennen</translation>
    </message>
</context>
<context>
    <name>FleetTableModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>token error</source>
        <translation>Token-Fehler</translation>
    </message>
    <message>
        <source>proxied</source>
        <translation>eingebunden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>weggelassen: %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>not scanned</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>over</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>Lost: %1
Gained: %2</source>
        <translation>Verloren: %1
Gewonnen: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>What if (no edits)</source>
        <translation>Was wäre, wenn (keine Änderungen)</translation>
    </message>
    <message>
        <source>%1 injected + %2 with names an LLM API refuses + %3 of the client&apos;s own &gt; %4, the OpenAI API&apos;s limit</source>
        <translation>%1 injiziert + %2 mit Namen, die eine LLM-API abweist + %3 eigene des Clients &gt; %4, das Limit der OpenAI-API</translation>
    </message>
    <message>
        <source>OpenAI limit</source>
        <translation>OpenAI-Limit</translation>
    </message>
</context>
<context>
    <name>GatewayConnection</name>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the AI Gateway sent a text message; only binary yamux is expected</source>
        <translation>das AI Gateway hat eine Textnachricht gesendet; erwartet wird nur binäres yamux</translation>
    </message>
    <message>
        <source>the AI Gateway connection closed (%1)</source>
        <translation>die AI-Gateway-Verbindung wurde geschlossen (%1)</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>cannot reach the AI Gateway at %1: %2</source>
        <translation>das AI Gateway unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the AI Gateway key was refused (401: %1): create one with `coder ai-gateway keys create` or the window&apos;s &quot;Create a key&quot;, then set CODER_AI_GATEWAY_KEY or run `login --gateway-key`</source>
        <translation>der AI-Gateway-Schlüssel wurde abgewiesen (401: %1): einen mit `coder ai-gateway keys create` oder „Schlüssel anlegen“ im Fenster erzeugen, dann CODER_AI_GATEWAY_KEY setzen oder `login --gateway-key` ausführen</translation>
    </message>
    <message>
        <source>the deployment refused the AI Gateway (403: %1): coderd says this both when the licence lacks the AI Gateway feature and when it is switched off (CODER_AI_GATEWAY_ENABLED=false)</source>
        <translation>das Deployment hat das AI Gateway abgewiesen (403: %1): coderd sagt das sowohl, wenn der Lizenz das Feature AI Gateway fehlt, als auch, wenn es abgeschaltet ist (CODER_AI_GATEWAY_ENABLED=false)</translation>
    </message>
    <message>
        <source>the deployment refused API version %1 (400: %2: %3)</source>
        <translation>das Deployment hat die API-Version %1 abgewiesen (400: %2: %3)</translation>
    </message>
    <message>
        <source>this deployment has no AI Gateway endpoint (404): it is older than v2.35 or not an enterprise build</source>
        <translation>dieses Deployment hat keinen AI-Gateway-Endpunkt (404): es ist älter als v2.35 oder kein Enterprise-Build</translation>
    </message>
    <message>
        <source>the AI Gateway upgrade failed with HTTP %1</source>
        <translation>der Wechsel zum AI Gateway ist mit HTTP %1 gescheitert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1: not sent: the AI Gateway connection was closed</source>
        <translation>%1: nicht gesendet: die Verbindung zum AI Gateway wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>GatewaySource</name>
    <message>
        <source>malformed GetMCPServerConfigsResponse (%1 bytes)</source>
        <translation>fehlerhafte GetMCPServerConfigsResponse (%1 Bytes)</translation>
    </message>
    <message>
        <source>malformed GetMCPServerAccessTokensBatchResponse</source>
        <translation>fehlerhafte GetMCPServerAccessTokensBatchResponse</translation>
    </message>
    <message>
        <source>AI Gateway of %1 (exact per-user data)</source>
        <translation>AI Gateway von %1 (genaue Daten je Benutzer)</translation>
    </message>
    <message>
        <source>Exact per-user configs and token status from coderd&apos;s own check, as AI Bridge receives them. Users&apos; tokens are held in memory only, for the live probe.</source>
        <translation>Genaue Konfigurationen und Token-Status je Benutzer aus coderds eigener Prüfung, so wie AI Bridge sie erhält. Die Tokens der Benutzer bleiben nur im Speicher, für die Live-Prüfung.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Compare selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>History folder (fleet --history DIR; the timer&apos;s is ~/.local/state/aibridge-inspector/history)</source>
        <translation>Verlaufsordner (fleet --history DIR; der des Timers ist ~/.local/state/aibridge-inspector/history)</translation>
    </message>
    <message>
        <source>Select two scans in the table (Ctrl+click), then compare them: per user what changed, problems first.</source>
        <translation>Zwei Prüfungen in der Tabelle auswählen (Strg+Klick) und dann vergleichen: je Benutzer, was sich geändert hat, Probleme zuerst.</translation>
    </message>
    <message>
        <source>Pick a history folder: each scan the watch saved is a row, each server&apos;s token statuses a strip over time.</source>
        <translation>Einen Verlaufsordner wählen: jede Prüfung, die die Überwachung gespeichert hat, ist eine Zeile, die Token-Status jedes Servers ein Streifen im Zeitverlauf.</translation>
    </message>
    <message>
        <source>History folder</source>
        <translation>Verlaufsordner</translation>
    </message>
    <message>
        <source>No saved scans in %1.</source>
        <translation>Keine gespeicherten Prüfungen in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) in %1.</source>
        <translation>
            <numerusform>%n Prüfung in %1.</numerusform>
            <numerusform>%n Prüfungen in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) without a readable summary are left out.</source>
        <translation>
            <numerusform>%n Prüfung ohne lesbare Zusammenfassung wird ausgelassen.</numerusform>
            <numerusform>%n Prüfungen ohne lesbare Zusammenfassung werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the two scans…</source>
        <translation>Die beiden Prüfungen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>HistoryTrend</name>
    <message>
        <source> (partial)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>%1: %2 ok, %3 expired, %4 not linked, %5 other error, %6 unknown</source>
        <translation>%1: %2 ok, %3 abgelaufen, %4 nicht verknüpft, %5 anderer Fehler, %6 unbekannt</translation>
    </message>
</context>
<context>
    <name>InjectedSchema</name>
    <message>
        <source>the schema the model gets keeps $ref %1, but Coder drops what it points to ($defs): the model sees a dangling reference</source>
        <translation>das Schema, das das Modell bekommt, behält $ref %1, aber Coder lässt das Ziel ($defs) weg: das Modell sieht einen ins Leere zeigenden Verweis</translation>
    </message>
</context>
<context>
    <name>InspectionFootprint</name>
    <message>
        <source>Every request names this tool: User-Agent aibridge-inspector/&lt;version&gt;.</source>
        <translation>Jede Anfrage nennt dieses Werkzeug: User-Agent aibridge-inspector/&lt;version&gt;.</translation>
    </message>
    <message>
        <source>Each AI Gateway connection makes coderd build a configurator, which logs &quot;inject MCP tools option is deprecated and will be removed in a future release&quot; (WARN) when inject_coder_mcp_tools is on (coderd/aibridgedserver NewServer).</source>
        <translation>Jede AI-Gateway-Verbindung lässt coderd einen Konfigurator bauen, der „inject MCP tools option is deprecated and will be removed in a future release“ (WARN) protokolliert, wenn inject_coder_mcp_tools an ist (coderd/aibridgedserver NewServer).</translation>
    </message>
    <message>
        <source>Each user resolved over the AI Gateway runs coderd&apos;s token check: a GET to each linked provider&apos;s validate URL, and for every expired or invalid token a WARN &quot;invalid/expired access token, cannot auto-configure MCP&quot; with the provider (coderd/aibridgedserver GetMCPServerAccessTokensBatch). These lines are the inspection&apos;s, not the user&apos;s.</source>
        <translation>Für jeden über das AI Gateway aufgelösten Benutzer läuft coderds Token-Prüfung: ein GET an die Validate-URL jedes verknüpften Anbieters und für jedes abgelaufene oder ungültige Token ein WARN „invalid/expired access token, cannot auto-configure MCP“ mit dem Anbieter (coderd/aibridgedserver GetMCPServerAccessTokensBatch). Diese Zeilen stammen von der Untersuchung, nicht vom Benutzer.</translation>
    </message>
    <message>
        <source>Probing opens an MCP session on each server and ends it with DELETE, waited for (at most 3 s), so the Coder MCP server logs no cancelled request. The REST API&apos;s GET /api/v2/external-auth refreshes the signed-in admin&apos;s own tokens as it lists them.</source>
        <translation>Eine Prüfung öffnet auf jedem Server eine MCP-Sitzung und beendet sie mit DELETE, auf das gewartet wird (höchstens 3 s), damit der Coder-MCP-Server keine abgebrochene Anfrage protokolliert. GET /api/v2/external-auth der REST-API erneuert beim Auflisten die eigenen Tokens des angemeldeten Admins.</translation>
    </message>
    <message>
        <source>Nothing else is written: no AI Bridge request is made, so no bridge is built and no interception or session is recorded.</source>
        <translation>Sonst wird nichts geschrieben: es gibt keine AI-Bridge-Anfrage, also wird keine Bridge gebaut und keine Interception oder Sitzung aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>InspectorSession</name>
    <message>
        <source>No AI Gateway key: token status is visible for the signed-in admin only. Create a key (File → Create an AI Gateway key, or `coder ai-gateway keys create`) for exact per-user answers.</source>
        <translation>Kein AI-Gateway-Schlüssel: der Token-Status ist nur für den angemeldeten Admin sichtbar. Für genaue Antworten je Benutzer einen Schlüssel anlegen (Datei → AI-Gateway-Schlüssel anlegen, oder `coder ai-gateway keys create`).</translation>
    </message>
    <message>
        <source>The AI Gateway is not available here (%1): using the REST API.</source>
        <translation>Das AI Gateway ist hier nicht verfügbar (%1): die REST-API wird verwendet.</translation>
    </message>
    <message>
        <source> — using the REST API instead.</source>
        <translation> – stattdessen wird die REST-API verwendet.</translation>
    </message>
    <message>
        <source>not connected to a deployment</source>
        <translation>nicht mit einem Deployment verbunden</translation>
    </message>
    <message>
        <source>Observed activity needs a deployment and a selected user (a snapshot records none).</source>
        <translation>Beobachtete Aktivität braucht ein Deployment und einen gewählten Benutzer (ein Snapshot zeichnet keine auf).</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>chosen in the window</source>
        <translation>im Fenster gewählt</translation>
    </message>
    <message>
        <source>the snapshot names no Coder version</source>
        <translation>der Snapshot nennt keine Coder-Version</translation>
    </message>
    <message>
        <source>from the snapshot</source>
        <translation>aus dem Snapshot</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source># The Coder MCP server&apos;s tool regexes are not set through CODER_EXTERNAL_AUTH_* variables.
</source>
        <translation># Die Tool-Regexe des Coder-MCP-Servers werden nicht über CODER_EXTERNAL_AUTH_*-Variablen gesetzt.
</translation>
    </message>
    <message>
        <source># Use the index n of CODER_EXTERNAL_AUTH_&lt;n&gt;_ID=%1
</source>
        <translation># Den Index n von CODER_EXTERNAL_AUTH_&lt;n&gt;_ID=%1 verwenden
</translation>
    </message>
</context>
<context>
    <name>InterceptionsClient</name>
    <message>
        <source>the answer has no results array</source>
        <translation>die Antwort enthält kein results-Array</translation>
    </message>
    <message>
        <source>an interception without an id</source>
        <translation>eine Interception ohne ID</translation>
    </message>
    <message>
        <source>this build does not record interceptions (neither /api/v2/aibridge/interceptions nor /api/v2/ai-gateway/interceptions: AI Bridge is off, or the build is older)</source>
        <translation>dieser Build zeichnet keine Interceptions auf (weder /api/v2/aibridge/interceptions noch /api/v2/ai-gateway/interceptions: AI Bridge ist aus, oder der Build ist älter)</translation>
    </message>
    <message>
        <source>interceptions: %1</source>
        <translation>Interceptions: %1</translation>
    </message>
    <message>
        <source>more than %1 interceptions: showing the first %1; narrow --since</source>
        <translation>mehr als %1 Interceptions: die ersten %1 werden gezeigt; --since eingrenzen</translation>
    </message>
</context>
<context>
    <name>LogExplainer</name>
    <message>
        <source>the user never linked this external-auth app: they must connect it in Coder (Account → External authentication) before its tools can be injected</source>
        <translation>der Benutzer hat diese External-Auth-App nie verknüpft: er muss sie in Coder verbinden (Konto → External Authentication), bevor ihre Tools injiziert werden können</translation>
    </message>
    <message>
        <source>the server id is not an external-auth config with an MCP URL on this coderd</source>
        <translation>die Server-ID ist auf diesem coderd keine External-Auth-Konfiguration mit MCP-URL</translation>
    </message>
    <message>
        <source>A delegated (in-process) request carried no key, so the Coder MCP server was left out of this bridge. Coder Agents chats of v2.35.1 send a placeholder key instead (coderd/x/chatd/model_routing_aibridge.go) and do not log this.</source>
        <translation>Eine delegierte Anfrage (im Prozess) trug keinen Schlüssel, daher fehlt der Coder-MCP-Server in dieser Bridge. Chats von Coder Agents in v2.35.1 senden stattdessen einen Platzhalterschlüssel (coderd/x/chatd/model_routing_aibridge.go) und protokollieren das nicht.</translation>
    </message>
    <message>
        <source>Expected for delegated callers that send no key. BYOK requests still carry a Coder token and get the Coder MCP server.</source>
        <translation>Erwartet für delegierte Aufrufer ohne Schlüssel. BYOK-Anfragen tragen weiter ein Coder-Token und bekommen den Coder-MCP-Server.</translation>
    </message>
    <message>
        <source>The server&apos;s tool allow or deny regex does not compile (Go regexp / RE2): the server was dropped. coderd refuses to start with such a regex on an external-auth provider, so this config came from elsewhere.</source>
        <translation>Die Allow- oder Deny-Regex des Servers lässt sich nicht kompilieren (Go regexp / RE2): der Server wurde weggelassen. coderd startet mit einer solchen Regex bei einem External-Auth-Anbieter nicht, diese Konfiguration kam also von anderswo.</translation>
    </message>
    <message>
        <source>Check the regexes with `aibridge-inspector-cli filter` or the window&apos;s editor, which shows RE2&apos;s message.</source>
        <translation>Die Regexe mit `aibridge-inspector-cli filter` oder dem Editor im Fenster prüfen, der die Meldung von RE2 zeigt.</translation>
    </message>
    <message>
        <source>A nil server config reached the factory: that entry was dropped.</source>
        <translation>Eine leere Serverkonfiguration (nil) hat die Factory erreicht: dieser Eintrag wurde weggelassen.</translation>
    </message>
    <message>
        <source>Report it: coderd itself never sends a nil config.</source>
        <translation>Melden: coderd selbst sendet nie eine leere Konfiguration.</translation>
    </message>
    <message>
        <source>Creating the Streamable HTTP proxy for this server failed: it was left out (%1).</source>
        <translation>Der Streamable-HTTP-Proxy für diesen Server ließ sich nicht anlegen: er wurde weggelassen (%1).</translation>
    </message>
    <message>
        <source>Check the server&apos;s MCP URL.</source>
        <translation>Die MCP-URL des Servers prüfen.</translation>
    </message>
    <message>
        <source>The batch token call failed (%1). Not fatal: the factory goes on, but without tokens every external server is left out for this bridge.</source>
        <translation>Der Sammelaufruf für Tokens ist gescheitert (%1). Nicht fatal: die Factory macht weiter, aber ohne Tokens fehlt in dieser Bridge jeder externe Server.</translation>
    </message>
    <message>
        <source>no error text</source>
        <translation>kein Fehlertext</translation>
    </message>
    <message>
        <source>It ran past the factory&apos;s 10 s: coderd validates every token with its provider, with no timeout of its own — one slow provider drops every external server. Find the slow validate URL.</source>
        <translation>Er hat die 10 s der Factory überschritten: coderd prüft jedes Token bei seinem Anbieter, ohne eigenes Zeitlimit – ein langsamer Anbieter lässt jeden externen Server wegfallen. Die langsame Validate-URL finden.</translation>
    </message>
    <message>
        <source>Check coderd&apos;s own log around this line for the cause.</source>
        <translation>Im Log von coderd um diese Zeile nach der Ursache suchen.</translation>
    </message>
    <message>
        <source>The token call returned nothing: only the Coder MCP server is proxied.</source>
        <translation>Der Token-Aufruf lieferte nichts: nur der Coder-MCP-Server wird eingebunden.</translation>
    </message>
    <message>
        <source>Look for the preceding &quot;failed to retrieve access token(s)&quot; line.</source>
        <translation>Nach der vorausgehenden Zeile „failed to retrieve access token(s)“ suchen.</translation>
    </message>
    <message>
        <source>coderd reported a token error for this server, so it was left out: &quot;%1&quot;%2</source>
        <translation>coderd meldete für diesen Server einen Token-Fehler, daher wurde er weggelassen: „%1“%2</translation>
    </message>
    <message>
        <source>Fix the user&apos;s link to this app; the change shows once the 15-minute bridge expires.</source>
        <translation>Die Verknüpfung des Benutzers mit dieser App reparieren; die Änderung wirkt, sobald die 15-Minuten-Bridge abläuft.</translation>
    </message>
    <message>
        <source>coderd returned neither a token nor an error for this server: it was left out.</source>
        <translation>coderd lieferte für diesen Server weder Token noch Fehler: er wurde weggelassen.</translation>
    </message>
    <message>
        <source>Check that the server id matches an external-auth config with an MCP URL.</source>
        <translation>Prüfen, ob die Server-ID zu einer External-Auth-Konfiguration mit MCP-URL passt.</translation>
    </message>
    <message>
        <source>Building the user&apos;s MCP servers failed as a whole (%1): this request, and the bridge cached for 15 minutes, get no injected tools.</source>
        <translation>Der Aufbau der MCP-Server des Benutzers ist insgesamt gescheitert (%1): diese Anfrage und die 15 Minuten zwischengespeicherte Bridge bekommen keine injizierten Tools.</translation>
    </message>
    <message>
        <source>The configs call to coderd failed; check the AI Gateway/coderd connection.</source>
        <translation>Der Konfigurationsaufruf an coderd ist gescheitert; die Verbindung zu AI Gateway/coderd prüfen.</translation>
    </message>
    <message>
        <source>See the error text.</source>
        <translation>Siehe den Fehlertext.</translation>
    </message>
    <message>
        <source>at least one MCP server failed to connect or list its tools</source>
        <translation>mindestens ein MCP-Server konnte sich nicht verbinden oder seine Tools nicht auflisten</translation>
    </message>
    <message>
        <source>a server answered a protocol version Coder&apos;s mcp-go client (v2.36 and earlier) does not accept, e.g. 2025-11-25</source>
        <translation>ein Server hat eine Protokollversion geantwortet, die Coders mcp-go-Client (v2.36 und älter) nicht annimmt, z. B. 2025-11-25</translation>
    </message>
    <message>
        <source>listing a server&apos;s tools failed (a lost session, a page that does not decode, or a transport error)</source>
        <translation>das Auflisten der Tools eines Servers ist gescheitert (eine verlorene Sitzung, eine nicht dekodierbare Seite oder ein Transportfehler)</translation>
    </message>
    <message>
        <source>%1: those servers contribute 0 tools, cached with the bridge for 15 minutes. (%2)</source>
        <translation>%1: diese Server tragen 0 Tools bei, zwischengespeichert mit der Bridge für 15 Minuten. (%2)</translation>
    </message>
    <message>
        <source>Probe the server with `aibridge-inspector-cli probe URL --coder-era …` to see what Coder&apos;s client of your build gets.</source>
        <translation>Den Server mit `aibridge-inspector-cli probe URL --coder-era …` prüfen, um zu sehen, was Coders Client Ihres Builds bekommt.</translation>
    </message>
    <message>
        <source>The bridge connected to this MCP server (it calls itself &quot;%1&quot;) and listed its tools: they are injected, filtered by the server&apos;s regexes, for the bridge&apos;s 15 minutes.</source>
        <translation>Die Bridge hat sich mit diesem MCP-Server verbunden (er nennt sich „%1“) und seine Tools aufgelistet: sie werden, gefiltert durch die Regexe des Servers, für die 15 Minuten der Bridge injiziert.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>inject_coder_mcp_tools is on, and coderd warns that injected MCP is deprecated. It logs this whenever it builds its configurator: at start-up, for each AI Gateway connection (this tool&apos;s too) and each in-process bridge. Not an error.</source>
        <translation>inject_coder_mcp_tools ist an, und coderd warnt, dass injiziertes MCP veraltet ist. Es protokolliert das bei jedem Bau seines Konfigurators: beim Start, für jede AI-Gateway-Verbindung (auch die dieses Werkzeugs) und jede Bridge im Prozess. Kein Fehler.</translation>
    </message>
    <message>
        <source>Nothing to do while you use injected MCP; plan for its removal.</source>
        <translation>Nichts zu tun, solange Sie injiziertes MCP nutzen; seine Entfernung einplanen.</translation>
    </message>
    <message>
        <source>A request reached AI Bridge with no key (Authorization: Bearer, X-Api-Key or X-Coder-AI-Governance-Token): it was refused with 400 &quot;no authentication key provided&quot; before any MCP server was set up. A request to a route the build lacks under /api/v2/aibridge/ ends here too.</source>
        <translation>Eine Anfrage erreichte AI Bridge ohne Schlüssel (Authorization: Bearer, X-Api-Key oder X-Coder-AI-Governance-Token): sie wurde mit 400 „no authentication key provided“ abgewiesen, bevor ein MCP-Server eingerichtet wurde. Eine Anfrage an eine Route, die der Build unter /api/v2/aibridge/ nicht hat, endet ebenfalls hier.</translation>
    </message>
    <message>
        <source>Have the client send its Coder token as the API key.</source>
        <translation>Den Client sein Coder-Token als API-Schlüssel senden lassen.</translation>
    </message>
    <message>
        <source>A token was asked for a server id that is not an external-auth config with an MCP URL on this coderd: it gets &quot;no MCP config found&quot;.</source>
        <translation>Ein Token wurde für eine Server-ID erfragt, die auf diesem coderd keine External-Auth-Konfiguration mit MCP-URL ist: sie bekommt „no MCP config found“.</translation>
    </message>
    <message>
        <source>Check the ids the caller asks for.</source>
        <translation>Die IDs prüfen, nach denen der Aufrufer fragt.</translation>
    </message>
    <message>
        <source>The server answered a protocol version mcp-go v0.38.0 (Coder up to v2.36) does not accept: it accepts 2025-06-18, 2025-03-26 and 2024-11-05 only.</source>
        <translation>Der Server hat eine Protokollversion geantwortet, die mcp-go v0.38.0 (Coder bis v2.36) nicht annimmt: es nimmt nur 2025-06-18, 2025-03-26 und 2024-11-05 an.</translation>
    </message>
    <message>
        <source>Coder v2.37 and later (go-sdk) accept 2025-11-25; or have the server answer the version offered.</source>
        <translation>Coder ab v2.37 (go-sdk) nimmt 2025-11-25 an; oder den Server die angebotene Version antworten lassen.</translation>
    </message>
    <message>
        <source>Listing the server&apos;s tools failed: it contributes 0 tools for the bridge&apos;s 15 minutes.</source>
        <translation>Das Auflisten der Tools des Servers ist gescheitert: er trägt für die 15 Minuten der Bridge 0 Tools bei.</translation>
    </message>
    <message>
        <source>Probe it with --coder-era to see why Coder&apos;s client fails.</source>
        <translation>Ihn mit --coder-era prüfen, um zu sehen, warum Coders Client scheitert.</translation>
    </message>
    <message>
        <source>The tool matches both the allow and the deny regex: deny wins, it is not injected.</source>
        <translation>Das Tool passt sowohl auf die Allow- als auch auf die Deny-Regex: Deny gewinnt, es wird nicht injiziert.</translation>
    </message>
    <message>
        <source>Narrow one of the regexes if the tool should be injected.</source>
        <translation>Eine der Regexe eingrenzen, wenn das Tool injiziert werden soll.</translation>
    </message>
    <message>
        <source>Tool `%1` matches both the allow and the deny regex: deny wins, it is not injected.</source>
        <translation>Tool `%1` passt sowohl auf die Allow- als auch auf die Deny-Regex: Deny gewinnt, es wird nicht injiziert.</translation>
    </message>
    <message>
        <source>Two tools of this server sanitise to the same id %1: `%2` replaced `%3`, which is unreachable.</source>
        <translation>Zwei Tools dieses Servers ergeben bereinigt dieselbe ID %1: `%2` hat `%3` ersetzt, das nicht mehr erreichbar ist.</translation>
    </message>
    <message>
        <source>Rename one upstream, or deny one of them.</source>
        <translation>Eines upstream umbenennen oder eines davon sperren (Deny).</translation>
    </message>
    <message>
        <source>An external-auth MCP tool regex does not compile: coderd refuses to start.</source>
        <translation>Eine MCP-Tool-Regex von External Auth lässt sich nicht kompilieren: coderd startet nicht.</translation>
    </message>
    <message>
        <source>Fix CODER_EXTERNAL_AUTH_&lt;n&gt;_MCP_TOOL_ALLOW_REGEX / _DENY_REGEX (Go regexp syntax: no look-around, no back-references).</source>
        <translation>CODER_EXTERNAL_AUTH_&lt;n&gt;_MCP_TOOL_ALLOW_REGEX / _DENY_REGEX korrigieren (Go-regexp-Syntax: kein Look-around, keine Rückverweise).</translation>
    </message>
    <message>
        <source>coderd&apos;s token check found the user&apos;s token for this provider invalid or expired (it does not refresh here): the server gets &quot;expired or invalid OAuth2 token&quot; and is left out.</source>
        <translation>coderds Token-Prüfung fand das Token des Benutzers für diesen Anbieter ungültig oder abgelaufen (hier wird nicht erneuert): der Server bekommt „expired or invalid OAuth2 token“ und wird weggelassen.</translation>
    </message>
    <message>
        <source>The user should re-link the app; the bridge picks it up within 15 minutes.</source>
        <translation>Der Benutzer sollte die App neu verknüpfen; die Bridge übernimmt das innerhalb von 15 Minuten.</translation>
    </message>
    <message>
        <source>The configs call failed: the whole MCP setup of the request failed.</source>
        <translation>Der Konfigurationsaufruf ist gescheitert: die ganze MCP-Einrichtung der Anfrage ist gescheitert.</translation>
    </message>
    <message>
        <source>Check coderd / the AI Gateway connection.</source>
        <translation>coderd bzw. die AI-Gateway-Verbindung prüfen.</translation>
    </message>
    <message>
        <source>Re-link the app.</source>
        <translation>Die App neu verknüpfen.</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>lässt sich nicht lesen (%1)</translation>
    </message>
    <message>
        <source>coderd&apos;s token check failed: the token is past its expiry (coderd does not refresh on this path), the provider&apos;s validate URL rejected it, or the validate request itself failed (a 5xx, no answer: then coderd&apos;s WARN &quot;invalid/expired access token&quot; carries an error=, and re-linking will not help)</source>
        <translation>coderds Token-Prüfung ist gescheitert: das Token ist abgelaufen (coderd erneuert auf diesem Weg nicht), die Validate-URL des Anbieters hat es abgewiesen, oder die Validate-Anfrage selbst ist gescheitert (ein 5xx, keine Antwort: dann trägt coderds WARN „invalid/expired access token“ ein error=, und neu verknüpfen hilft nicht)</translation>
    </message>
    <message>
        <source>coderd could not validate the user&apos;s token: the provider&apos;s validate endpoint failed (%1). coderd counts that as an invalid token, so the server gets &quot;expired or invalid OAuth2 token&quot; and is left out, though the token may be fine.</source>
        <translation>coderd konnte das Token des Benutzers nicht prüfen: der Validate-Endpunkt des Anbieters ist gescheitert (%1). coderd wertet das als ungültiges Token, daher bekommt der Server „expired or invalid OAuth2 token“ und wird weggelassen, obwohl das Token in Ordnung sein kann.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status and coderd&apos;s egress to its validate URL (DNS, proxy, firewall); many such lines at once mean an outage, not expired tokens. Re-linking will not help until it answers.</source>
        <translation>Den Status des Anbieters und den ausgehenden Verkehr von coderd zu seiner Validate-URL prüfen (DNS, Proxy, Firewall); viele solche Zeilen auf einmal bedeuten einen Ausfall, keine abgelaufenen Tokens. Neu verknüpfen hilft nicht, solange sie nicht antwortet.</translation>
    </message>
</context>
<context>
    <name>LogExplanationModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not a record this tool knows: %1</source>
        <translation>kein Eintrag, den dieses Werkzeug kennt: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Upstream file</source>
        <translation>Upstream-Datei</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Paste coderd log records here (slog text or JSON), or open a file.</source>
        <translation>coderd-Logeinträge hier einfügen (slog-Text oder JSON) oder eine Datei öffnen.</translation>
    </message>
    <message>
        <source>Open a log file…</source>
        <translation>Logdatei öffnen…</translation>
    </message>
    <message>
        <source>Filter: step, server, text…</source>
        <translation>Filter: Schritt, Server, Text…</translation>
    </message>
    <message>
        <source>%1 of %2 records explained</source>
        <translation>%1 von %2 Einträgen erklärt</translation>
    </message>
    <message>
        <source>Open coderd&apos;s log</source>
        <translation>Log von coderd öffnen</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the first %1 of %2 records</source>
        <translation>die ersten %1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>LogRecordReader</name>
    <message>
        <source>the input passed %1 MiB without ending: stopped (give the part of the log around the request)</source>
        <translation>die Eingabe hat %1 MiB überschritten, ohne zu enden: angehalten (den Teil des Logs um die Anfrage angeben)</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Remove the saved session token of a deployment.</source>
        <translation>Das gespeicherte Sitzungstoken eines Deployments entfernen.</translation>
    </message>
    <message>
        <source>Check a session token and save it in the keychain.</source>
        <translation>Ein Sitzungstoken prüfen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Coder deployment URL (default: $CODER_URL).</source>
        <translation>URL des Coder-Deployments (Standard: $CODER_URL).</translation>
    </message>
    <message>
        <source>Accept any TLS certificate.</source>
        <translation>Jedes TLS-Zertifikat annehmen.</translation>
    </message>
    <message>
        <source>Also check and save an AI Gateway key ($CODER_AI_GATEWAY_KEY, or typed when asked).</source>
        <translation>Auch einen AI-Gateway-Schlüssel prüfen und speichern ($CODER_AI_GATEWAY_KEY oder bei Nachfrage eingegeben).</translation>
    </message>
    <message>
        <source>Send the token over plain http to a host other than this machine.</source>
        <translation>Das Token über unverschlüsseltes http an einen anderen Host als diesen Rechner senden.</translation>
    </message>
    <message>
        <source>give the deployment with --url URL</source>
        <translation>das Deployment mit --url URL angeben</translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Removed the session token for %1.
</source>
        <translation>Das Sitzungstoken für %1 wurde entfernt.
</translation>
    </message>
    <message>
        <source>No session token was saved for %1.
</source>
        <translation>Für %1 war kein Sitzungstoken gespeichert.
</translation>
    </message>
    <message>
        <source>CODER_SESSION_TOKEN belongs to CODER_URL=%1, not to %2: unset one of them or make them agree</source>
        <translation>CODER_SESSION_TOKEN gehört zu CODER_URL=%1, nicht zu %2: eine der beiden Variablen entfernen oder angleichen</translation>
    </message>
    <message>
        <source>Session token for %1: </source>
        <translation>Sitzungstoken für %1: </translation>
    </message>
    <message>
        <source>no token: set CODER_SESSION_TOKEN or pipe it on stdin</source>
        <translation>kein Token: CODER_SESSION_TOKEN setzen oder über stdin übergeben</translation>
    </message>
    <message>
        <source>signed in as %1, but the token was not saved: the keychain is not available (%2)</source>
        <translation>angemeldet als %1, aber das Token wurde nicht gespeichert: der Schlüsselbund ist nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>Signed in to %1 (Coder %2) as %3; the token is saved in the keychain.
</source>
        <translation>Bei %1 (Coder %2) als %3 angemeldet; das Token ist im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>AI Gateway key for %1: </source>
        <translation>AI-Gateway-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>no AI Gateway key: set CODER_AI_GATEWAY_KEY or type it when asked</source>
        <translation>kein AI-Gateway-Schlüssel: CODER_AI_GATEWAY_KEY setzen oder bei Nachfrage eingeben</translation>
    </message>
    <message>
        <source>the AI Gateway key works, but was not saved: the keychain is not available (%1)</source>
        <translation>der AI-Gateway-Schlüssel funktioniert, wurde aber nicht gespeichert: der Schlüsselbund ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>The AI Gateway key works and is saved in the keychain. It can read every user&apos;s external-auth tokens: keep it like a password.
</source>
        <translation>Der AI-Gateway-Schlüssel funktioniert und ist im Schlüsselbund gespeichert. Er kann die External-Auth-Tokens aller Benutzer lesen: wie ein Passwort verwahren.
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>%1 wird aufgelöst…</translation>
    </message>
    <message>
        <source>Delegated request (no session key)</source>
        <translation>Delegierte Anfrage (kein Sitzungsschlüssel)</translation>
    </message>
    <message>
        <source>Resolve as a delegated caller such as chat, which holds no session key: the Coder MCP server is then skipped.</source>
        <translation>Wie ein delegierter Aufrufer (z. B. Chat) ohne Sitzungsschlüssel auflösen: Der Coder-MCP-Server entfällt dann.</translation>
    </message>
    <message>
        <source>Tools and regexes</source>
        <translation>Tools und Regexe</translation>
    </message>
    <message>
        <source>Decision trace</source>
        <translation>Entscheidungsverlauf</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Explain a log</source>
        <translation>Log erklären</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>Benutzer &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Re-resolve</source>
        <translation>&amp;Neu auflösen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Create an AI Gateway key…</source>
        <translation>AI-Gateway-Schlüssel anlegen…</translation>
    </message>
    <message>
        <source>Forget the saved token</source>
        <translation>Gespeichertes Token vergessen</translation>
    </message>
    <message>
        <source>No deployment to forget a token for.</source>
        <translation>Kein Deployment, dessen Token vergessen werden könnte.</translation>
    </message>
    <message>
        <source>The saved token for %1 is gone.</source>
        <translation>Das gespeicherte Token für %1 ist entfernt.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AI Bridge Inspector</source>
        <translation>&amp;Über den AI-Bridge-Inspektor</translation>
    </message>
    <message>
        <source>About AI Bridge Inspector</source>
        <translation>Über den AI-Bridge-Inspektor</translation>
    </message>
    <message>
        <source>What an inspection leaves in coderd&apos;s log</source>
        <translation>Was eine Untersuchung im Log von coderd hinterlässt</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Bridge Inspector&lt;/b&gt; %1&lt;br&gt;Built from commit %2.&lt;br&gt;&lt;br&gt;See which MCP servers and tools Coder&apos;s AI Bridge injects for a user.&lt;br&gt;Apache-2.0. Links Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), RE2 (BSD-3-Clause) and protobuf (BSD-3-Clause).</source>
        <translation>&lt;b&gt;AI-Bridge-Inspektor&lt;/b&gt; %1&lt;br&gt;Gebaut aus Commit %2.&lt;br&gt;&lt;br&gt;Zeigt, welche MCP-Server und Tools Coders AI Bridge für einen Benutzer injiziert.&lt;br&gt;Apache-2.0. Verwendet Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), RE2 (BSD-3-Clause) und protobuf (BSD-3-Clause).</translation>
    </message>
    <message>
        <source>The sandbox cannot start: %1</source>
        <translation>Die Sandbox kann nicht starten: %1</translation>
    </message>
    <message>
        <source>No keychain (%1): the token is kept for this session only.</source>
        <translation>Kein Schlüsselbund (%1): Das Token gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Connect to a deployment first.</source>
        <translation>Zuerst mit einem Deployment verbinden.</translation>
    </message>
    <message>
        <source>An AI Gateway key of this name exists</source>
        <translation>Ein AI-Gateway-Schlüssel dieses Namens existiert</translation>
    </message>
    <message>
        <source>The deployment already has the key &quot;%1&quot; (from this workstation, or one of the same name). Keys of this tool here: %2.</source>
        <translation>Das Deployment hat den Schlüssel „%1“ bereits (von diesem Arbeitsplatz oder einer mit gleichem Namen). Schlüssel dieses Werkzeugs hier: %2.</translation>
    </message>
    <message>
        <source>Delete it and create it anew</source>
        <translation>Löschen und neu anlegen</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>„%1“ anlegen</translation>
    </message>
    <message>
        <source>%1 (created %2%3)</source>
        <translation>%1 (angelegt %2%3)</translation>
    </message>
    <message>
        <source>, last used %1</source>
        <translation>, zuletzt benutzt %1</translation>
    </message>
    <message>
        <source>Create an AI Gateway key?</source>
        <translation>Einen AI-Gateway-Schlüssel anlegen?</translation>
    </message>
    <message>
        <source>This creates the AI Gateway key &quot;%1&quot; on %2 with your Owner session.

Whoever holds this key can read every user&apos;s external-auth tokens (their GitHub, Jira, … access). It is kept in this workstation&apos;s keychain; revoke it with `coder ai-gateway keys delete %1` when done.</source>
        <translation>Damit wird der AI-Gateway-Schlüssel „%1“ auf %2 mit Ihrer Owner-Sitzung angelegt.

Wer diesen Schlüssel hat, kann die External-Auth-Tokens aller Benutzer lesen (ihren Zugang zu GitHub, Jira, …). Er wird im Schlüsselbund dieses Arbeitsplatzes verwahrt; danach mit `coder ai-gateway keys delete %1` widerrufen.</translation>
    </message>
    <message>
        <source>AI Gateway key created (sandbox: not saved).</source>
        <translation>AI-Gateway-Schlüssel angelegt (Sandbox: nicht gespeichert).</translation>
    </message>
    <message>
        <source>AI Gateway key created and saved in the keychain.</source>
        <translation>AI-Gateway-Schlüssel angelegt und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>AI Gateway key created; no keychain (%1): kept for this session only.</source>
        <translation>AI-Gateway-Schlüssel angelegt; kein Schlüsselbund (%1): gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Send the token in clear text?</source>
        <translation>Das Token im Klartext senden?</translation>
    </message>
    <message>
        <source>%1 uses plain http: the session token would cross the network unencrypted. Connect anyway?</source>
        <translation>%1 verwendet unverschlüsseltes http: das Sitzungstoken würde unverschlüsselt durchs Netz gehen. Trotzdem verbinden?</translation>
    </message>
    <message>
        <source>Send the session token elsewhere?</source>
        <translation>Das Sitzungstoken anderswohin senden?</translation>
    </message>
    <message>
        <source>The Coder MCP server is at %1, not at the deployment&apos;s origin. Send your Owner session token there for the live probe?</source>
        <translation>Der Coder-MCP-Server liegt unter %1, nicht am Ursprung des Deployments. Ihr Owner-Sitzungstoken für die Live-Prüfung dorthin senden?</translation>
    </message>
    <message>
        <source>Cannot open the snapshot: %1</source>
        <translation>Der Snapshot lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The keychain is not available (%1).</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Coder era: from the build&apos;s version</source>
        <translation>Coder-Ära: aus der Version des Builds</translation>
    </message>
    <message>
        <source>Era %1: %2</source>
        <translation>Ära %1: %2</translation>
    </message>
    <message>
        <source>A: up to v2.34 (mcp-go, raw ids) — B: v2.35-v2.36 (mcp-go, sanitised ids) — C: v2.37 on (go-sdk, page 1 of tools/list only). A/B is verified by release tags; B/C is inferred from dates.</source>
        <translation>A: bis v2.34 (mcp-go, rohe IDs) — B: v2.35–v2.36 (mcp-go, bereinigte IDs) — C: ab v2.37 (go-sdk, nur Seite 1 von tools/list). A/B ist durch Release-Tags belegt; B/C ist aus Daten erschlossen.</translation>
    </message>
    <message>
        <source>Client&apos;s own tools: </source>
        <translation>Eigene Tools des Clients: </translation>
    </message>
    <message>
        <source>CODER_URL: %1</source>
        <translation>CODER_URL: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not connected: plain http was not confirmed.</source>
        <translation>Nicht verbunden: unverschlüsseltes http wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Snapshots (*.json)</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>AI Bridge Inspector</source>
        <translation>AI-Bridge-Inspektor</translation>
    </message>
    <message>
        <source> — snapshot</source>
        <translation> — Snapshot</translation>
    </message>
    <message>
        <source> (sandbox)</source>
        <translation> (Sandbox)</translation>
    </message>
    <message>
        <source> — signed in as %1</source>
        <translation> — angemeldet als %1</translation>
    </message>
    <message>
        <source> — Coder %1</source>
        <translation> — Coder %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Claude Code, Cursor and other clients send their own tools beside the injected ones: the OpenAI API&apos;s 128-tool limit counts both.</source>
        <translation>Claude Code, Cursor und andere Clients senden neben den injizierten Tools ihre eigenen: das 128-Tool-Limit der OpenAI-API zählt beide.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>McpClient</name>
    <message>
        <source>the initialize result has no protocolVersion</source>
        <translation>das initialize-Ergebnis hat keine protocolVersion</translation>
    </message>
    <message>
        <source>no complete answer within %1 s overall</source>
        <translation>insgesamt keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server speaks MCP 2026-07-28: %1 would use it statelessly, which this tool does not predict</source>
        <translation>der Server spricht MCP 2026-07-28: %1 würde es zustandslos nutzen, was dieses Werkzeug nicht vorhersagt</translation>
    </message>
    <message>
        <source>unsupported protocol version %1 (%2 accepts %3)</source>
        <translation>nicht unterstützte Protokollversion %1 (%2 nimmt %3 an)</translation>
    </message>
    <message>
        <source>this probe</source>
        <translation>diese Prüfung</translation>
    </message>
    <message>
        <source>the tool list passed %1 MiB over %2 pages: stopped</source>
        <translation>die Tool-Liste hat über %2 Seiten %1 MiB überschritten: angehalten</translation>
    </message>
    <message>
        <source>%1 cannot decode this tools/list page: %2</source>
        <translation>%1 kann diese tools/list-Seite nicht dekodieren: %2</translation>
    </message>
    <message>
        <source>the tools/list result has no tools array</source>
        <translation>das tools/list-Ergebnis hat kein tools-Array</translation>
    </message>
    <message>
        <source>invalid JSON in a tool at offset %1: %2</source>
        <translation>ungültiges JSON in einem Tool an Position %1: %2</translation>
    </message>
    <message>
        <source>the server repeats the cursor %1: %2 follows it until the request is cancelled, so Coder&apos;s request hangs and gets no tools from this server</source>
        <translation>der Server wiederholt den Cursor %1: %2 folgt ihm, bis die Anfrage abgebrochen wird, also hängt Coders Anfrage und bekommt von diesem Server keine Tools</translation>
    </message>
    <message>
        <source>more than %1 pages of tools: stopped following nextCursor (%2 tools so far)</source>
        <translation>mehr als %1 Seiten mit Tools: nextCursor wird nicht weiter gefolgt (bisher %2 Tools)</translation>
    </message>
    <message>
        <source>the server never answered the standalone GET stream&apos;s headers: %1 opens it inside Connect and waits with no deadline, so Connect does not return (%2)</source>
        <translation>der Server hat die Header des eigenständigen GET-Streams nie gesendet: %1 öffnet ihn innerhalb von `Connect` und wartet ohne Frist, also kehrt `Connect` nicht zurück (%2)</translation>
    </message>
    <message>
        <source>rejected by transport: standalone SSE stream: %1 (HTTP %2)</source>
        <translation>„rejected by transport: standalone SSE stream“: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>rejected by transport: standalone SSE stream: connection failed (%1 sends the GET 6 times, 1 + 5 retries over about 13–26 s, then fails): %2</source>
        <translation>„rejected by transport: standalone SSE stream“: Verbindung gescheitert (%1 sendet das GET 6-mal, 1 + 5 Wiederholungen über etwa 13–26 s, und scheitert dann): %2</translation>
    </message>
    <message>
        <source>a null entry in the tools array: %1 dereferences it in filterValidTools (mcp/streamable_headers.go) and panics; go-sdk recovers nothing, and aibridge runs each server&apos;s Init in a goroutine without recover (aibridge/utils ConcurrentGroup at v2.35.1), so coderd itself likely crashes, taking every user&apos;s tools (go-sdk v1.8.0 skips such entries)</source>
        <translation>ein null-Eintrag im tools-Array: %1 dereferenziert ihn in filterValidTools (mcp/streamable_headers.go) und löst einen Panic aus; go-sdk fängt nichts ab, und aibridge führt das Init jedes Servers in einer Goroutine ohne recover aus (aibridge/utils ConcurrentGroup in v2.35.1), daher stürzt wahrscheinlich coderd selbst ab und nimmt jedem Benutzer seine Tools (go-sdk v1.8.0 überspringt solche Einträge)</translation>
    </message>
</context>
<context>
    <name>McpHttpExchange</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>kein Netzwerkzugriffsmanager</translation>
    </message>
    <message>
        <source>response of %1 bytes is over the %2-byte cap</source>
        <translation>Antwort mit %1 Bytes über der Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>response passed the %1-byte cap</source>
        <translation>die Antwort hat die Grenze von %1 Bytes überschritten</translation>
    </message>
    <message>
        <source>%1 reads only the last data: line of an SSE event, which is not JSON-RPC (%2): %3</source>
        <translation>%1 liest nur die letzte data:-Zeile eines SSE-Ereignisses, die keine JSON-RPC-Nachricht ist (%2): %3</translation>
    </message>
    <message>
        <source>SSE event data is not a JSON-RPC message (%1): %2</source>
        <translation>die Daten des SSE-Ereignisses sind keine JSON-RPC-Nachricht (%1): %2</translation>
    </message>
    <message>
        <source>the answer holds no response with our id</source>
        <translation>die Antwort enthält keine Antwort mit unserer ID</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, after %3 bytes of the body)</source>
        <translation>%1 (HTTP %2, nach %3 Bytes des Inhalts)</translation>
    </message>
    <message>
        <source>redirect without a Location</source>
        <translation>Weiterleitung ohne Location</translation>
    </message>
    <message>
        <source>redirect to another origin (%1) refused: the token is not sent there</source>
        <translation>Weiterleitung zu einem anderen Ursprung (%1) abgelehnt: das Token wird dorthin nicht gesendet</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>the SSE stream ended before the response</source>
        <translation>der SSE-Stream endete vor der Antwort</translation>
    </message>
    <message>
        <source>session no longer known to the server (HTTP %1)</source>
        <translation>die Sitzung ist dem Server nicht mehr bekannt (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1 with no response to our request</source>
        <translation>HTTP %1 ohne Antwort auf unsere Anfrage</translation>
    </message>
</context>
<context>
    <name>ObservedCommand</name>
    <message>
        <source>Compare what AI Bridge should give a user with what their requests really used.</source>
        <translation>Vergleichen, was AI Bridge einem Benutzer geben sollte, mit dem, was seine Anfragen wirklich benutzt haben.</translation>
    </message>
    <message>
        <source>The user, by username or id.</source>
        <translation>Der Benutzer, per Benutzername oder ID.</translation>
    </message>
    <message>
        <source>How far back: 90m, 24h, 7d (default 24h).</source>
        <translation>Wie weit zurück: 90m, 24h, 7d (Standard 24h).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--since takes a number and m, h or d, such as 24h</source>
        <translation>--since nimmt eine Zahl und m, h oder d, etwa 24h</translation>
    </message>
    <message>
        <source>observed needs a deployment (--url or --sandbox): a snapshot records no activity</source>
        <translation>observed braucht ein Deployment (--url oder --sandbox): ein Snapshot zeichnet keine Aktivität auf</translation>
    </message>
    <message>
        <source>observed needs --user NAME or ID</source>
        <translation>observed braucht --user NAME oder ID</translation>
    </message>
    <message>
        <source>User %1, the last %2:
</source>
        <translation>Benutzer %1, die letzten %2:
</translation>
    </message>
    <message>
        <source>The prediction failed: %1
</source>
        <translation>Die Vorhersage ist gescheitert: %1
</translation>
    </message>
</context>
<context>
    <name>ObservedComparison</name>
    <message>
        <source>The sessions API does not return a tool call&apos;s invocation error (coderd/database/db2sdk/db2sdk.go builds AIBridgeToolCall without it, v2.35.1), so a failed injected call shows here as called.</source>
        <translation>Die Sessions-API liefert den Aufruffehler eines Tool-Aufrufs nicht (coderd/database/db2sdk/db2sdk.go baut AIBridgeToolCall ohne ihn, v2.35.1), daher erscheint ein gescheiterter injizierter Aufruf hier als aufgerufen.</translation>
    </message>
    <message>
        <source>The sessions API names no API key: the bridge times below hold for every key the user made requests with.</source>
        <translation>Die Sessions-API nennt keinen API-Schlüssel: die Bridge-Zeiten unten gelten für jeden Schlüssel, mit dem der Benutzer Anfragen gestellt hat.</translation>
    </message>
    <message>
        <source>Tool usages prove presence, not absence: a tool never called may still be injected.</source>
        <translation>Tool-Aufrufe beweisen Vorhandensein, nicht Fehlen: ein nie aufgerufenes Tool kann trotzdem injiziert sein.</translation>
    </message>
    <message>
        <source>Observed (%1 API): %2 interception(s), %3 call(s) of the client&apos;s own tools.
</source>
        <translation>Beobachtet (%1-API): %2 Interception(s), %3 Aufruf(e) eigener Tools des Clients.
</translation>
    </message>
    <message>
        <source>  !! %1 on %2 was called (%3×) but the prediction does not inject it: the prediction or the deployment changed
</source>
        <translation>  !! %1 auf %2 wurde aufgerufen (%3×), aber die Vorhersage injiziert es nicht: die Vorhersage oder das Deployment hat sich geändert
</translation>
    </message>
    <message>
        <source>  !! %1 on %2 was called (%3×): no server of this prediction has that URL
</source>
        <translation>  !! %1 auf %2 wurde aufgerufen (%3×): kein Server dieser Vorhersage hat diese URL
</translation>
    </message>
    <message>
        <source>  ✗ %1 on %2 failed (%3×): %4
</source>
        <translation>  ✗ %1 auf %2 ist gescheitert (%3×): %4
</translation>
    </message>
    <message>
        <source>  ✓ %1 on %2 was called (%3×), as predicted
</source>
        <translation>  ✓ %1 auf %2 wurde aufgerufen (%3×), wie vorhergesagt
</translation>
    </message>
    <message>
        <source>Servers with injected tools but no observed call: %1 (tool usages prove presence, not absence)
</source>
        <translation>Server mit injizierten Tools, aber ohne beobachteten Aufruf: %1 (Tool-Aufrufe beweisen Vorhandensein, nicht Fehlen)
</translation>
    </message>
    <message>
        <source>API key %1: its bridge was built at %2 at the latest; a fix reaches it by %3 at the latest (15-minute TTL, not extended by use)
</source>
        <translation>API-Schlüssel %1: seine Bridge wurde spätestens um %2 gebaut; eine Korrektur erreicht sie spätestens um %3 (15 Minuten TTL, durch Nutzung nicht verlängert)
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(any key)</source>
        <translation>(jeder Schlüssel)</translation>
    </message>
</context>
<context>
    <name>ObservedPanel</name>
    <message>
        <source>Fetch the last 24 hours of AI Bridge activity</source>
        <translation>Die AI-Bridge-Aktivität der letzten 24 Stunden abrufen</translation>
    </message>
    <message>
        <source>Tool calls the user&apos;s requests really made, beside what the prediction injects. Tool usages prove presence, not absence. Tool inputs are never shown.</source>
        <translation>Tool-Aufrufe, die die Anfragen des Benutzers wirklich gemacht haben, neben dem, was die Vorhersage injiziert. Tool-Aufrufe beweisen Vorhandensein, nicht Fehlen. Tool-Eingaben werden nie gezeigt.</translation>
    </message>
    <message>
        <source>Filter: tool, server, verdict…</source>
        <translation>Filter: Tool, Server, Urteil…</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>%1 request(s) through the %2 API, %3 call(s) of the client&apos;s own tools.</source>
        <translation>%1 Anfrage(n) über die %2-API, %3 Aufruf(e) eigener Tools des Clients.</translation>
    </message>
    <message>
        <source>Servers with injected tools but no observed call: %1.</source>
        <translation>Server mit injizierten Tools, aber ohne beobachteten Aufruf: %1.</translation>
    </message>
    <message>
        <source>%1: bridge built at %2 at the latest; a fix reaches it by %3.</source>
        <translation>%1: Bridge spätestens um %2 gebaut; eine Korrektur erreicht sie bis %3.</translation>
    </message>
    <message>
        <source>Every API key</source>
        <translation>Jeder API-Schlüssel</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>ObservedTableModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>not predicted</source>
        <translation>nicht vorhergesagt</translation>
    </message>
    <message>
        <source>unknown server</source>
        <translation>unbekannter Server</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>as predicted</source>
        <translation>wie vorhergesagt</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
    </message>
    <message>
        <source>Invocation error</source>
        <translation>Aufruffehler</translation>
    </message>
</context>
<context>
    <name>ObservedTimeline</name>
    <message>
        <source>No injected calls in this window.</source>
        <translation>Keine injizierten Aufrufe in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Connect to one MCP server over Streamable HTTP and list its tools.</source>
        <translation>Über Streamable HTTP mit einem MCP-Server verbinden und seine Tools auflisten.</translation>
    </message>
    <message>
        <source>Environment variable holding the bearer token.</source>
        <translation>Umgebungsvariable mit dem Bearer-Token.</translation>
    </message>
    <message>
        <source>Timeout per request in seconds (default 10).</source>
        <translation>Zeitlimit je Anfrage in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Accept any TLS certificate (shown in the output).</source>
        <translation>Jedes TLS-Zertifikat annehmen (in der Ausgabe vermerkt).</translation>
    </message>
    <message>
        <source>Act as the MCP conformance suite&apos;s client command.</source>
        <translation>Als Client-Befehl der MCP-Konformitätssuite arbeiten.</translation>
    </message>
    <message>
        <source>Send the token over plain http to a host other than this machine.</source>
        <translation>Das Token über unverschlüsseltes http an einen anderen Host als diesen Rechner senden.</translation>
    </message>
    <message>
        <source>Also predict what Coder&apos;s own AI Bridge client of this era gets: A (up to v2.34), B (v2.35-v2.36), C (v2.37 on).</source>
        <translation>Auch vorhersagen, was Coders eigener AI-Bridge-Client dieser Ära bekommt: A (bis v2.34), B (v2.35–v2.36), C (ab v2.37).</translation>
    </message>
    <message>
        <source>The server&apos;s key in Coder (its external-auth id, or coder), for the tool ids.</source>
        <translation>Der Schlüssel des Servers in Coder (seine External-Auth-ID oder coder), für die Tool-IDs.</translation>
    </message>
    <message>
        <source>The server&apos;s MCP endpoint.</source>
        <translation>Der MCP-Endpunkt des Servers.</translation>
    </message>
    <message>
        <source>probe needs the server&apos;s URL</source>
        <translation>probe braucht die URL des Servers</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>Server:   %1 %2
</source>
        <translation>Server:   %1 %2
</translation>
    </message>
    <message>
        <source>URL:      %1%2
</source>
        <translation>URL:      %1%2
</translation>
    </message>
    <message>
        <source>  (TLS NOT VERIFIED: --insecure)</source>
        <translation>  (TLS NICHT GEPRÜFT: --insecure)</translation>
    </message>
    <message>
        <source>Protocol: %1 (offered %2)
</source>
        <translation>Protokoll: %1 (angeboten %2)
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Session restarted %1 time(s), stream resumed %2 time(s)
</source>
        <translation>Sitzung %1-mal neu gestartet, Stream %2-mal fortgesetzt
</translation>
    </message>
    <message>
        <source>Timings:
</source>
        <translation>Zeiten:
</translation>
    </message>
    <message>
        <source>Tools (%1):
</source>
        <translation>Tools (%1):
</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>
Coder era %1 (%2), seen from this workstation: </source>
        <translation>
Coder-Ära %1 (%2), von diesem Arbeitsplatz aus gesehen: </translation>
    </message>
    <message>
        <source>%1 tool(s): %2
</source>
        <translation>%1 Tool(s): %2
</translation>
    </message>
    <message>
        <source>  not listed: %1 (%2)
</source>
        <translation>  nicht gelistet: %1 (%2)
</translation>
    </message>
    <message>
        <source>  not listed: every tool past page 1 of tools/list (%1 reads one page)
</source>
        <translation>  nicht gelistet: jedes Tool nach Seite 1 von tools/list (%1 liest eine Seite)
</translation>
    </message>
</context>
<context>
    <name>ProbeRunner</name>
    <message>
        <source>probed without the user&apos;s token, which the REST API cannot read; an AI Gateway key gives exact answers</source>
        <translation>ohne das Token des Benutzers geprüft, das die REST-API nicht lesen kann; ein AI-Gateway-Schlüssel liefert genaue Antworten</translation>
    </message>
    <message>
        <source>probed without the session key (%1)</source>
        <translation>ohne den Sitzungsschlüssel geprüft (%1)</translation>
    </message>
    <message>
        <source>the server refused the token the proxy sends (%1): the proxier&apos;s Init fails and it injects no tools for this user (coderd/aibridged/pool.go logs the failure)</source>
        <translation>der Server hat das Token abgewiesen, das der Proxy sendet (%1): das Init des Proxiers scheitert, und er injiziert für diesen Benutzer keine Tools (coderd/aibridged/pool.go protokolliert das Scheitern)</translation>
    </message>
    <message>
        <source>a 403 without a token challenge (%1): it may refuse this workstation only, not coderd; probe from coderd&apos;s network to know</source>
        <translation>ein 403 ohne Token-Challenge (%1): der Server weist vielleicht nur diesen Arbeitsplatz ab, nicht coderd; zur Klärung aus dem Netz von coderd prüfen</translation>
    </message>
</context>
<context>
    <name>ProbeState</name>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <source>listing page %1…</source>
        <translation>liest Seite %1…</translation>
    </message>
    <message>
        <source>%1 tools in %2 ms</source>
        <translation>%1 Tools in %2 ms</translation>
    </message>
    <message>
        <source>failed after %1 ms: %2</source>
        <translation>nach %1 ms fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No Coder MCP server: the experiments oauth2 and mcp-server-http are not both enabled.</source>
        <translation>Kein Coder-MCP-Server: die Experimente oauth2 und mcp-server-http sind nicht beide eingeschaltet.</translation>
    </message>
    <message>
        <source>No Coder MCP server: inject_coder_mcp_tools is off.</source>
        <translation>Kein Coder-MCP-Server: inject_coder_mcp_tools ist aus.</translation>
    </message>
    <message>
        <source>inject_coder_mcp_tools is not visible in this deployment&apos;s config (it defaults to off since v2.29): whether the Coder MCP server is injected is unknown.</source>
        <translation>inject_coder_mcp_tools ist in der Konfiguration dieses Deployments nicht sichtbar (seit v2.29 standardmäßig aus): ob der Coder-MCP-Server injiziert wird, ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>RegexEditor</name>
    <message>
        <source>Select a server to edit its tool regexes.</source>
        <translation>Einen Server wählen, um seine Tool-Regexe zu bearbeiten.</translation>
    </message>
    <message>
        <source>no allow regex: every tool is allowed</source>
        <translation>keine Allow-Regex: jedes Tool ist erlaubt</translation>
    </message>
    <message>
        <source>no deny regex</source>
        <translation>keine Deny-Regex</translation>
    </message>
    <message>
        <source>Reset to deployment value</source>
        <translation>Auf Deployment-Wert zurücksetzen</translation>
    </message>
    <message>
        <source>Copy as env lines</source>
        <translation>Als Env-Zeilen kopieren</translation>
    </message>
    <message>
        <source>Allow:</source>
        <translation>Allow:</translation>
    </message>
    <message>
        <source>Deny:</source>
        <translation>Deny:</translation>
    </message>
    <message>
        <source>Tool regexes of %1 (edited, not deployed)</source>
        <translation>Tool-Regexe von %1 (bearbeitet, nicht ausgerollt)</translation>
    </message>
    <message>
        <source>Tool regexes of %1 (as deployed)</source>
        <translation>Tool-Regexe von %1 (wie ausgerollt)</translation>
    </message>
    <message>
        <source>RE2 rejects this: %1 — coderd will not start with this value (&quot;compile MCP tool %2 regex for external auth provider %3&quot;)</source>
        <translation>RE2 lehnt das ab: %1 — coderd startet mit diesem Wert nicht („compile MCP tool %2 regex for external auth provider %3“)</translation>
    </message>
    <message>
        <source>RE2 rejects this: %1 — Coder drops the server (compile tool regex)</source>
        <translation>RE2 lehnt das ab: %1 — Coder lässt den Server weg (compile tool regex)</translation>
    </message>
    <message>
        <source>Injected tools: %1 → %2 with your edit</source>
        <translation>Injizierte Tools: %1 → %2 mit Ihrer Änderung</translation>
    </message>
    <message>
        <source>Injected tools: %1</source>
        <translation>Injizierte Tools: %1</translation>
    </message>
    <message>
        <source>The Coder MCP server has no tool regexes: coderd offers no such setting for it, so every tool it lists is injected.</source>
        <translation>Der Coder-MCP-Server hat keine Tool-Regexe: coderd bietet dafür keine solche Einstellung, daher wird jedes Tool injiziert, das er listet.</translation>
    </message>
</context>
<context>
    <name>RegexEdits</name>
    <message>
        <source>Proxied with the edited regexes.</source>
        <translation>Mit den bearbeiteten Regexen eingebunden.</translation>
    </message>
    <message>
        <source>A tool regex does not compile: %1</source>
        <translation>Eine Tool-Regex lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <source>coderd will not start with this value: compile MCP tool allow/deny regex for external auth provider &quot;%1&quot;: %2</source>
        <translation>coderd startet mit diesem Wert nicht: „compile MCP tool allow/deny regex for external auth provider &quot;%1&quot;“: %2</translation>
    </message>
</context>
<context>
    <name>RegexFilter</name>
    <message>
        <source>matches deny `%1` (deny wins over allow `%2`)</source>
        <translation>passt auf Deny `%1` (Deny hat Vorrang vor Allow `%2`)</translation>
    </message>
    <message>
        <source>matches deny `%1`</source>
        <translation>passt auf Deny `%1`</translation>
    </message>
    <message>
        <source>does not match allow `%1`</source>
        <translation>passt nicht auf Allow `%1`</translation>
    </message>
    <message>
        <source>matches allow `%1`</source>
        <translation>passt auf Allow `%1`</translation>
    </message>
    <message>
        <source>does not match deny `%1`</source>
        <translation>passt nicht auf Deny `%1`</translation>
    </message>
    <message>
        <source>no allow or deny regex</source>
        <translation>keine Allow- oder Deny-Regex</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source># AI Bridge MCP report: %1

</source>
        <translation># AI-Bridge-MCP-Bericht: %1

</translation>
    </message>
    <message>
        <source>- Source: %1
</source>
        <translation>- Quelle: %1
</translation>
    </message>
    <message>
        <source>- Coder version: %1
</source>
        <translation>- Coder-Version: %1
</translation>
    </message>
    <message>
        <source>- User id: %1%2
</source>
        <translation>- Benutzer-ID: %1%2
</translation>
    </message>
    <message>
        <source> (delegated request: no session key)</source>
        <translation> (delegierte Anfrage: kein Sitzungsschlüssel)</translation>
    </message>
    <message>
        <source>- Generated: %1
</source>
        <translation>- Erstellt: %1
</translation>
    </message>
    <message>
        <source>
**The resolution failed:** %1
</source>
        <translation>
**Die Auflösung ist gescheitert:** %1
</translation>
    </message>
    <message>
        <source>- Injected tools: %1 as deployed</source>
        <translation>- Injizierte Tools: %1 wie ausgerollt</translation>
    </message>
    <message>
        <source>, %1 with the regex edits below</source>
        <translation>, %1 mit den Regex-Änderungen unten</translation>
    </message>
    <message>
        <source>AI Bridge caches a user&apos;s MCP setup for 15 minutes: changes show once that entry expires.

</source>
        <translation>AI Bridge speichert die MCP-Einrichtung eines Benutzers 15 Minuten zwischen: Änderungen wirken, sobald dieser Eintrag abläuft.

</translation>
    </message>
    <message>
        <source>## Servers

| Server | Kind | Outcome | Token | Regex | Probe | Tools |
|---|---|---|---|---|---|---|
</source>
        <translation>## Server

| Server | Art | Ergebnis | Token | Regex | Prüfung | Tools |
|---|---|---|---|---|---|---|
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>
## Warnings

</source>
        <translation>
## Warnungen

</translation>
    </message>
    <message>
        <source>
## Regex edits (not deployed)

</source>
        <translation>
## Regex-Änderungen (nicht ausgerollt)

</translation>
    </message>
    <message>
        <source>- `%1`: allow `%2` → `%3`, deny `%4` → `%5`
</source>
        <translation>- `%1`: Allow `%2` → `%3`, Deny `%4` → `%5`
</translation>
    </message>
    <message>
        <source>
## Tools of %1

| Tool | Verdict | Injected as | Why |
|---|---|---|---|
</source>
        <translation>
## Tools von %1

| Tool | Urteil | Injiziert als | Warum |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>
## Decision trace

(* = also in coderd&apos;s log)

</source>
        <translation>
## Entscheidungsverlauf

(* = auch im Log von coderd)

</translation>
    </message>
</context>
<context>
    <name>ResolutionText</name>
    <message>
        <source>User: %1 (%2)%3
</source>
        <translation>Benutzer: %1 (%2)%3
</translation>
    </message>
    <message>
        <source>, as a Coder Agents chat (placeholder session key)</source>
        <translation>, als Chat von Coder Agents (Platzhalter-Sitzungsschlüssel)</translation>
    </message>
    <message>
        <source>, delegated: no session key</source>
        <translation>, delegiert: kein Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>Coder era: unknown%1 — verdicts shown for era C; where the eras differ is listed below
</source>
        <translation>Coder-Ära: unbekannt%1 — Urteile für Ära C gezeigt; wo die Ären abweichen, steht unten
</translation>
    </message>
    <message>
        <source>Coder era: %1, %2 (%3; %4)
</source>
        <translation>Coder-Ära: %1, %2 (%3; %4)
</translation>
    </message>
    <message>
        <source>Relaxed checks: %1
</source>
        <translation>Gelockerte Prüfungen: %1
</translation>
    </message>
    <message>
        <source>Resolution failed: %1
</source>
        <translation>Auflösung gescheitert: %1
</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <source>TOOLS</source>
        <translation>TOOLS</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1: probed without a token: %2
</source>
        <translation>%1: ohne Token geprüft: %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>%1: the probe from this workstation failed; if AI Bridge fails the same way, the user gets 0 tools from it, cached for 15 minutes
</source>
        <translation>%1: die Prüfung von diesem Arbeitsplatz ist gescheitert; scheitert AI Bridge genauso, bekommt der Benutzer von ihm 0 Tools, 15 Minuten zwischengespeichert
</translation>
    </message>
    <message>
        <source>%1: answers slowly: it delays the user&apos;s first request by about %2 s (Coder&apos;s client has no timeout)
</source>
        <translation>%1: antwortet langsam: verzögert die erste Anfrage des Benutzers um etwa %2 s (Coders Client hat kein Zeitlimit)
</translation>
    </message>
    <message>
        <source>
Tools of %1:
</source>
        <translation>
Tools von %1:
</translation>
    </message>
    <message>
        <source>TOOL</source>
        <translation>TOOL</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>URTEIL</translation>
    </message>
    <message>
        <source>INJECTED AS</source>
        <translation>INJIZIERT ALS</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message>
        <source>
Injected tools: %1
</source>
        <translation>
Injizierte Tools: %1
</translation>
    </message>
    <message>
        <source>
Injected tools: ≥ %1 (some servers&apos; tools are unknown)
</source>
        <translation>
Injizierte Tools: ≥ %1 (die Tools einiger Server sind unbekannt)
</translation>
    </message>
    <message>
        <source>Injected tools by era: A %1, B %2, C %3
</source>
        <translation>Injizierte Tools nach Ära: A %1, B %2, C %3
</translation>
    </message>
    <message>
        <source>
Warnings:
</source>
        <translation>
Warnungen:
</translation>
    </message>
    <message>
        <source>
Trace (* = also in coderd&apos;s log):
</source>
        <translation>
Verlauf (* = auch im Log von coderd):
</translation>
    </message>
</context>
<context>
    <name>ResolveCommand</name>
    <message>
        <source>Resolve the MCP servers and tools AI Bridge injects for a user.</source>
        <translation>Die MCP-Server und Tools auflösen, die AI Bridge für einen Benutzer injiziert.</translation>
    </message>
    <message>
        <source>The user, by username or id (not with --snapshot).</source>
        <translation>Der Benutzer, per Benutzername oder ID (nicht mit --snapshot).</translation>
    </message>
    <message>
        <source>Resolve as a Coder Agents chat does: chatd&apos;s placeholder key `coder-aibridge` is the session key, so the Coder MCP server is tried with it and refuses it. Chats use coderd&apos;s in-process bridge even where the AI Gateway is not licensed.</source>
        <translation>Wie ein Chat von Coder Agents auflösen: der Platzhalterschlüssel `coder-aibridge` von chatd ist der Sitzungsschlüssel, also wird der Coder-MCP-Server damit versucht und weist ihn ab. Chats nutzen die Bridge im coderd-Prozess, auch wo das AI Gateway nicht lizenziert ist.</translation>
    </message>
    <message>
        <source>Resolve as a delegated request that sends no key: no session key, so no Coder MCP server (coderd/aibridged/mcp.go). No caller in Coder v2.35.1 does this: chats send a placeholder key (see --chat).</source>
        <translation>Wie eine delegierte Anfrage ohne Schlüssel auflösen: kein Sitzungsschlüssel, also kein Coder-MCP-Server (coderd/aibridged/mcp.go). Kein Aufrufer in Coder v2.35.1 tut das: Chats senden einen Platzhalterschlüssel (siehe --chat).</translation>
    </message>
    <message>
        <source>Resolve as a BYOK request: it still carries a Coder token (X-Coder-AI-Governance-Token), so the Coder MCP server is proxied.</source>
        <translation>Wie eine BYOK-Anfrage auflösen: sie trägt weiter ein Coder-Token (X-Coder-AI-Governance-Token), also wird der Coder-MCP-Server eingebunden.</translation>
    </message>
    <message>
        <source>Predict for this Coder era instead of the one the build&apos;s version names: A (up to v2.34), B (v2.35-v2.36), C (v2.37 on).</source>
        <translation>Für diese Coder-Ära vorhersagen statt für die, die die Version des Builds nennt: A (bis v2.34), B (v2.35–v2.36), C (ab v2.37).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Leave the decision trace out of the text output.</source>
        <translation>Den Entscheidungsverlauf in der Textausgabe weglassen.</translation>
    </message>
    <message>
        <source>Connect to every proxied server and filter its live tool list.</source>
        <translation>Mit jedem eingebundenen Server verbinden und seine Live-Tool-Liste filtern.</translation>
    </message>
    <message>
        <source>Probe timeout per request in seconds.</source>
        <translation>Zeitlimit je Prüfanfrage in Sekunden.</translation>
    </message>
    <message>
        <source>Write the inputs used (tokens replaced by status) to a file.</source>
        <translation>Die verwendeten Eingaben (Tokens durch ihren Status ersetzt) in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>choose one of --delegated, --byok and --chat</source>
        <translation>nur eines von --delegated, --byok und --chat angeben</translation>
    </message>
    <message>
        <source>        %1
</source>
        <translation>        %1
</translation>
    </message>
    <message>
        <source>resolve needs --user NAME or ID</source>
        <translation>resolve braucht --user NAME oder ID</translation>
    </message>
    <message>
        <source>a snapshot does not record the deployment&apos;s AI Gateway state</source>
        <translation>ein Snapshot hält den AI-Gateway-Zustand des Deployments nicht fest</translation>
    </message>
    <message>
        <source>chosen with --coder-era</source>
        <translation>mit --coder-era gewählt</translation>
    </message>
    <message>
        <source>the snapshot names no Coder version</source>
        <translation>der Snapshot nennt keine Coder-Version</translation>
    </message>
    <message>
        <source>from the snapshot</source>
        <translation>aus dem Snapshot</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(keine Version)</translation>
    </message>
    <message>
        <source>BYOK request: it carries a Coder token, so the Coder MCP server is proxied (only in-process delegation skips it)</source>
        <translation>BYOK-Anfrage: sie trägt ein Coder-Token, also wird der Coder-MCP-Server eingebunden (nur die Delegation im Prozess lässt ihn weg)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Source: %1
</source>
        <translation>Quelle: %1
</translation>
    </message>
    <message>
        <source>How many tools the user&apos;s client sends itself (Claude Code, Cursor …): the OpenAI API&apos;s 128-tool limit counts them too.</source>
        <translation>Wie viele Tools der Client des Benutzers selbst sendet (Claude Code, Cursor …): das 128-Tool-Limit der OpenAI-API zählt sie mit.</translation>
    </message>
</context>
<context>
    <name>Resolver</name>
    <message>
        <source>The request has no session key (a delegated caller such as chat), so the Coder MCP server is skipped.</source>
        <translation>Die Anfrage hat keinen Sitzungsschlüssel (ein delegierter Aufrufer wie ein Chat), also wird der Coder-MCP-Server übersprungen.</translation>
    </message>
    <message>
        <source>The token call returned nothing, so no external server is proxied.</source>
        <translation>Der Token-Aufruf lieferte nichts, also wird kein externer Server eingebunden.</translation>
    </message>
    <message>
        <source>The token call failed (%1), so no external server is proxied.</source>
        <translation>Der Token-Aufruf ist gescheitert (%1), also wird kein externer Server eingebunden.</translation>
    </message>
    <message>
        <source>Not linked: the user has no external auth link with a token.</source>
        <translation>Nicht verknüpft: der Benutzer hat keine External-Auth-Verknüpfung mit Token.</translation>
    </message>
    <message>
        <source>Token error from coderd: %1</source>
        <translation>Token-Fehler von coderd: %1</translation>
    </message>
    <message>
        <source>No access token for this server in coderd&apos;s answer.</source>
        <translation>Kein Zugriffstoken für diesen Server in der Antwort von coderd.</translation>
    </message>
    <message>
        <source>An Agents chat: chatd&apos;s placeholder key `coder-aibridge` is taken as the session key, so the Coder MCP server is proxied with it; it answers 401 and coderd logs &quot;failed to initialize MCP server proxier(s)&quot; (coderd/x/chatd/model_routing_aibridge.go, coderd/aibridged/http.go).</source>
        <translation>Ein Chat von Agents: der Platzhalterschlüssel `coder-aibridge` von chatd gilt als Sitzungsschlüssel, also wird der Coder-MCP-Server damit eingebunden; er antwortet 401, und coderd protokolliert „failed to initialize MCP server proxier(s)“ (coderd/x/chatd/model_routing_aibridge.go, coderd/aibridged/http.go).</translation>
    </message>
    <message>
        <source>the user&apos;s OAuth token is not readable from this source (the REST API never returns it): probes go without it</source>
        <translation>das OAuth-Token des Benutzers ist aus dieser Quelle nicht lesbar (die REST-API liefert es nie): Prüfungen laufen ohne es</translation>
    </message>
    <message>
        <source>A tool regex does not compile: %1</source>
        <translation>Eine Tool-Regex lässt sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <source>Proxied if the user has a valid link to this external auth app; the token status is not visible from this source.</source>
        <translation>Eingebunden, wenn der Benutzer eine gültige Verknüpfung mit dieser External-Auth-App hat; der Token-Status ist aus dieser Quelle nicht sichtbar.</translation>
    </message>
    <message>
        <source>The config entry is empty (nil).</source>
        <translation>Der Konfigurationseintrag ist leer (nil).</translation>
    </message>
    <message>
        <source>Replaced by a later config registered under the same id `%1`.</source>
        <translation>Ersetzt durch eine spätere Konfiguration unter derselben ID `%1`.</translation>
    </message>
    <message>
        <source>Two MCP servers are registered under the id `%1`: the later one replaces the earlier (%2 server at %3).</source>
        <translation>Zwei MCP-Server sind unter der ID `%1` registriert: der spätere ersetzt den früheren (%2-Server unter %3).</translation>
    </message>
    <message>
        <source>Proxied.</source>
        <translation>Eingebunden.</translation>
    </message>
</context>
<context>
    <name>SandboxDeployment</name>
    <message>
        <source>the sandbox&apos;s %1 MCP server cannot listen on 127.0.0.1</source>
        <translation>der %1-MCP-Server der Sandbox kann nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>the sandbox deployment cannot listen on 127.0.0.1</source>
        <translation>das Sandbox-Deployment kann nicht auf 127.0.0.1 lauschen</translation>
    </message>
</context>
<context>
    <name>ServerTableModel</name>
    <message>
        <source>(empty config)</source>
        <translation>(leere Konfiguration)</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Coder</translation>
    </message>
    <message>
        <source>External auth</source>
        <translation>External Auth</translation>
    </message>
    <message>
        <source>proxied</source>
        <translation>eingebunden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>weggelassen: %1</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>kein Filter</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 — Coder (era %2) gets no tools: 0, cached for 15 minutes</source>
        <translation>%1 — Coder (Ära %2) bekommt keine Tools: 0, 15 Minuten zwischengespeichert</translation>
    </message>
    <message>
        <source>%1 — if AI Bridge fails too: 0 tools, cached for 15 minutes</source>
        <translation>%1 — scheitert AI Bridge auch: 0 Tools, 15 Minuten zwischengespeichert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Probed from this workstation: what a server answers here may differ from what it answers coderd.</source>
        <translation>Von diesem Arbeitsplatz geprüft: was ein Server hier antwortet, kann von seiner Antwort an coderd abweichen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Probe (here)</source>
        <translation>Prüfung (hier)</translation>
    </message>
    <message>
        <source>Tools injected / total</source>
        <translation>Tools injiziert / gesamt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>no session key</source>
        <translation>kein Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>token error</source>
        <translation>Token-Fehler</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>regex does not compile</source>
        <translation>Regex nicht kompilierbar</translation>
    </message>
    <message>
        <source>empty config</source>
        <translation>leere Konfiguration</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
</context>
<context>
    <name>ServersPanel</name>
    <message>
        <source>AI Bridge caches each user&apos;s MCP setup for 15 minutes: a newly linked app or a changed regex shows only once that entry expires.</source>
        <translation>AI Bridge speichert die MCP-Einrichtung jedes Benutzers 15 Minuten zwischen: eine neu verknüpfte App oder eine geänderte Regex zeigt sich erst, wenn dieser Eintrag abläuft.</translation>
    </message>
    <message>
        <source>Supply a token for a live probe…</source>
        <translation>Ein Token für eine Live-Prüfung angeben…</translation>
    </message>
    <message>
        <source>Trust %1 with the session token…</source>
        <translation>%1 das Sitzungstoken anvertrauen…</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>An access token for %1 (kept in memory only):</source>
        <translation>Ein Zugriffstoken für %1 (bleibt nur im Speicher):</translation>
    </message>
    <message>
        <source>Pick a user on the left.</source>
        <translation>Links einen Benutzer wählen.</translation>
    </message>
    <message>
        <source>Connect to a deployment (Ctrl+O) or open the sandbox.</source>
        <translation>Mit einem Deployment verbinden (Strg+O) oder die Sandbox öffnen.</translation>
    </message>
    <message>
        <source>%1: the resolution failed — %2</source>
        <translation>%1: die Auflösung ist gescheitert — %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 MCP servers proxied, %4 tools injected%5</source>
        <translation>%1: %2 von %3 MCP-Servern eingebunden, %4 Tools injiziert%5</translation>
    </message>
    <message>
        <source> (delegated: no session key)</source>
        <translation> (delegiert: kein Sitzungsschlüssel)</translation>
    </message>
    <message>
        <source> and the client sends %1 of its own</source>
        <translation> und der Client sendet %1 eigene</translation>
    </message>
    <message>
        <source>⚠ Coder era unknown (%1): the verdicts shown are era C&apos;s.</source>
        <translation>⚠ Coder-Ära unbekannt (%1): die gezeigten Urteile sind die von Ära C.</translation>
    </message>
    <message>
        <source> Injected tools by era: A %1, B %2, C %3.</source>
        <translation> Injizierte Tools nach Ära: A %1, B %2, C %3.</translation>
    </message>
    <message>
        <source> Where they differ: %1%2</source>
        <translation> Wo sie abweichen: %1%2</translation>
    </message>
    <message>
        <source> … (%1 more)</source>
        <translation> … (%1 weitere)</translation>
    </message>
    <message>
        <source> Pick the era on the left.</source>
        <translation> Die Ära links wählen.</translation>
    </message>
    <message>
        <source>Coder era: unknown — shown as C</source>
        <translation>Coder-Ära: unbekannt — als C gezeigt</translation>
    </message>
    <message>
        <source>Coder era %1 (%2): %3</source>
        <translation>Coder-Ära %1 (%2): %3</translation>
    </message>
    <message>
        <source>⚠ %1 tools are injected%2: the OpenAI API accepts at most %3 (&quot;array too long&quot;). Narrow them with allow/deny regexes.</source>
        <translation>⚠ %1 Tools werden injiziert%2: die OpenAI-API nimmt höchstens %3 an („array too long“). Mit Allow/Deny-Regexen eingrenzen.</translation>
    </message>
</context>
<context>
    <name>SessionsClient</name>
    <message>
        <source>the answer has no sessions array</source>
        <translation>die Antwort enthält kein sessions-Array</translation>
    </message>
    <message>
        <source>a session without an id</source>
        <translation>eine Sitzung ohne ID</translation>
    </message>
    <message>
        <source>the answer has no threads array</source>
        <translation>die Antwort enthält kein threads-Array</translation>
    </message>
    <message>
        <source>a thread without an id</source>
        <translation>ein Thread ohne ID</translation>
    </message>
    <message>
        <source>sessions: %1 (recorded activity needs the AI Gateway licence, and AI Gateway enabled)</source>
        <translation>Sitzungen: %1 (aufgezeichnete Aktivität braucht die AI-Gateway-Lizenz und ein eingeschaltetes AI Gateway)</translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation>Sitzungen: %1</translation>
    </message>
    <message>
        <source>more than %1 sessions in this window: the newest %2 were read; narrow --since</source>
        <translation>mehr als %1 Sitzungen in diesem Zeitraum: die neuesten %2 wurden gelesen; --since eingrenzen</translation>
    </message>
    <message>
        <source>session %1: %2</source>
        <translation>Sitzung %1: %2</translation>
    </message>
    <message>
        <source>session %1 has more than %2 threads: the first %2 were read</source>
        <translation>Sitzung %1 hat mehr als %2 Threads: die ersten %2 wurden gelesen</translation>
    </message>
</context>
<context>
    <name>SnapshotSource</name>
    <message>
        <source>Snapshot of %1</source>
        <translation>Snapshot von %1</translation>
    </message>
    <message>
        <source>A recorded snapshot: one user, no live data.</source>
        <translation>Ein aufgezeichneter Snapshot: ein Benutzer, keine Live-Daten.</translation>
    </message>
</context>
<context>
    <name>TokenPolicy</name>
    <message>
        <source>no deployment URL given</source>
        <translation>keine Deployment-URL angegeben</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>the URL carries a user name or password (%1): give the deployment without them; the session token is the credential</source>
        <translation>die URL enthält einen Benutzernamen oder ein Passwort (%1): das Deployment ohne sie angeben; das Sitzungstoken ist der Berechtigungsnachweis</translation>
    </message>
    <message>
        <source>a token would travel in clear text over http:// to %1; use https, or allow it explicitly with --allow-http</source>
        <translation>ein Token ginge im Klartext über http:// an %1; https verwenden oder es ausdrücklich mit --allow-http erlauben</translation>
    </message>
    <message>
        <source>the session token is not sent to %1: it is not the deployment&apos;s origin %2 (trust it with --trust-origin %1, or confirm it in the window)</source>
        <translation>das Sitzungstoken wird nicht an %1 gesendet: das ist nicht der Ursprung %2 des Deployments (mit --trust-origin %1 vertrauen oder im Fenster bestätigen)</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>ToolInventory</name>
    <message>
        <source>the server is not proxied (%1)</source>
        <translation>der Server ist nicht eingebunden (%1)</translation>
    </message>
    <message>
        <source>`%1` encodes to the same id %2 and replaces it</source>
        <translation>`%1` ergibt dieselbe ID %2 und ersetzt es</translation>
    </message>
    <message>
        <source>%1 (era %2) drops it from the list: %3</source>
        <translation>%1 (Ära %2) lässt es aus der Liste weg: %3</translation>
    </message>
    <message>
        <source>past page 1 of tools/list: %1 (era %2) reads one page only</source>
        <translation>nach Seite 1 von tools/list: %1 (Ära %2) liest nur eine Seite</translation>
    </message>
    <message>
        <source>%1 (era %2) does not list it</source>
        <translation>%1 (Ära %2) listet es nicht</translation>
    </message>
    <message>
        <source>Server `%1`: duplicate tool ID %2 after sanitization; `%3` is unreachable.</source>
        <translation>Server `%1`: doppelte Tool-ID %2 nach der Bereinigung; `%3` ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Tool ID %1 is injected by both `%2` and `%3`: only one is reachable, and which one depends on Go&apos;s map order.</source>
        <translation>Die Tool-ID %1 wird von `%2` und `%3` injiziert: nur eines ist erreichbar, und welches, hängt von Gos Map-Reihenfolge ab.</translation>
    </message>
    <message>
        <source>%1 tools are injected and the client sends %2 of its own: %3, more than the %4 OpenAI accepts (&quot;array too long&quot;). Narrow them with allow/deny regexes.</source>
        <translation>%1 Tools werden injiziert und der Client sendet %2 eigene: %3, mehr als die %4, die OpenAI annimmt („array too long“). Mit Allow/Deny-Regexen eingrenzen.</translation>
    </message>
    <message>
        <source>%1 tools are injected: more than the %2 OpenAI accepts (&quot;array too long&quot;), before the client&apos;s own tools (Claude Code, Cursor … send theirs too). Narrow them with allow/deny regexes.</source>
        <translation>%1 Tools werden injiziert: mehr als die %2, die OpenAI annimmt („array too long“), noch ohne die eigenen Tools des Clients (Claude Code, Cursor … senden ihre auch). Mit Allow/Deny-Regexen eingrenzen.</translation>
    </message>
    <message>
        <source>%1: A %2; B %3; C %4</source>
        <translation>%1: A %2; B %3; C %4</translation>
    </message>
    <message>
        <source>injected as %1, which is outside ^[a-zA-Z0-9_-]{1,64}$ (the OpenAI API&apos;s rule for tool names): the provider refuses every request that carries it (400), so this user&apos;s requests fail; era A (before v2.35) keeps raw ids, later eras sanitise them (aibridge/mcp/tool.go)</source>
        <translation>injiziert als %1, was außerhalb von ^[a-zA-Z0-9_-]{1,64}$ liegt (die Regel der OpenAI-API für Tool-Namen): der Anbieter weist jede Anfrage ab, die es enthält (400), also scheitern die Anfragen dieses Benutzers; Ära A (vor v2.35) behält rohe IDs, spätere Ären bereinigen sie (aibridge/mcp/tool.go)</translation>
    </message>
    <message>
        <source>!! Injected under tool names an LLM API refuses (outside ^[a-zA-Z0-9_-]{1,64}$, the OpenAI API&apos;s rule): %1. Every request of this user fails with a 400 while they are injected (era A keeps raw ids; Coder v2.35 sanitises them). Deny them with a regex, or upgrade.</source>
        <translation>!! Unter Tool-Namen injiziert, die eine LLM-API abweist (außerhalb von ^[a-zA-Z0-9_-]{1,64}$, die Regel der OpenAI-API): %1. Jede Anfrage dieses Benutzers scheitert mit einem 400, solange sie injiziert werden (Ära A behält rohe IDs; Coder v2.35 bereinigt sie). Sie mit einer Regex sperren (Deny) oder Coder aktualisieren.</translation>
    </message>
</context>
<context>
    <name>ToolTableModel</name>
    <message>
        <source>

Not sent to the model: %1</source>
        <translation>

Nicht an das Modell gesendet: %1</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Injected as</source>
        <translation>Injiziert als</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>injiziert</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>gesperrt (Deny)</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt (Allow)</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>server dropped</source>
        <translation>Server weggelassen</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>breaks requests</source>
        <translation>lässt Anfragen scheitern</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <source>Tools of all servers</source>
        <translation>Tools aller Server</translation>
    </message>
    <message>
        <source>Filter tools by name</source>
        <translation>Tools nach Namen filtern</translation>
    </message>
    <message>
        <source>Copied the env lines to the clipboard.</source>
        <translation>Die Env-Zeilen wurden in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>coderd logs this</source>
        <translation>coderd protokolliert das</translation>
    </message>
    <message>
        <source>inspector only</source>
        <translation>nur im Inspektor</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>all servers</source>
        <translation>alle Server</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <source>Search users (Ctrl+F)</source>
        <translation>Benutzer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>Search the deployment&apos;s users.</source>
        <translation>Die Benutzer des Deployments durchsuchen.</translation>
    </message>
    <message>
        <source>Text to search for (username, email).</source>
        <translation>Suchtext (Benutzername, E-Mail).</translation>
    </message>
    <message>
        <source>Page size.</source>
        <translation>Seitengröße.</translation>
    </message>
    <message>
        <source>Skip this many.</source>
        <translation>So viele überspringen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 of %2 shown
</source>
        <translation>%1 von %2 gezeigt
</translation>
    </message>
</context>
<context>
    <name>WhatIfEdits</name>
    <message>
        <source>not JSON (%1 at offset %2)</source>
        <translation>kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the what-if file must be a JSON object</source>
        <translation>die What-if-Datei muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (servers, era and clientTools are known)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt sind servers, era und clientTools)</translation>
    </message>
    <message>
        <source>&quot;servers&quot; must be an object of server ids</source>
        <translation>„servers“ muss ein Objekt aus Server-IDs sein</translation>
    </message>
    <message>
        <source>servers.%1 must be an object with allow and/or deny</source>
        <translation>servers.%1 muss ein Objekt mit allow und/oder deny sein</translation>
    </message>
    <message>
        <source>servers.%1: unknown key &quot;%2&quot; (allow and deny are known)</source>
        <translation>servers.%1: unbekannter Schlüssel „%2“ (bekannt sind allow und deny)</translation>
    </message>
    <message>
        <source>servers.%1.%2 must be a string (&quot;&quot; for none)</source>
        <translation>servers.%1.%2 muss eine Zeichenkette sein (&quot;&quot; für keine)</translation>
    </message>
    <message>
        <source>&quot;era&quot; takes &quot;A&quot;, &quot;B&quot; or &quot;C&quot;</source>
        <translation>„era“ nimmt &quot;A&quot;, &quot;B&quot; oder &quot;C&quot;</translation>
    </message>
    <message>
        <source>&quot;clientTools&quot; takes a whole number from 0 to 100000</source>
        <translation>„clientTools“ nimmt eine ganze Zahl von 0 bis 100000</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1: larger than %2 KiB, not a what-if file</source>
        <translation>%1: größer als %2 KiB, keine What-if-Datei</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>servers.%1: the Coder MCP server has no tool regexes to edit (coderd offers no such setting for it)</source>
        <translation>servers.%1: der Coder-MCP-Server hat keine Tool-Regexe zum Bearbeiten (coderd bietet dafür keine solche Einstellung)</translation>
    </message>
    <message>
        <source>servers.%1: no server of that id in this fleet</source>
        <translation>servers.%1: kein Server mit dieser ID in dieser Flotte</translation>
    </message>
</context>
<context>
    <name>WhatIfImpact</name>
    <message>
        <source> … (%1 more)</source>
        <translation> … (%1 weitere)</translation>
    </message>
    <message>
        <source>No user gains or loses a tool.</source>
        <translation>Kein Benutzer gewinnt oder verliert ein Tool.</translation>
    </message>
    <message numerus="yes">
        <source>lose %n tool(s): %1</source>
        <translation>
            <numerusform>verlieren %n Tool: %1</numerusform>
            <numerusform>verlieren %n Tools: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>gain %n tool(s): %1</source>
        <translation>
            <numerusform>gewinnen %n Tool: %1</numerusform>
            <numerusform>gewinnen %n Tools: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) (%1%2) %3</source>
        <translation>
            <numerusform>%n Benutzer (%1%2) %3</numerusform>
            <numerusform>%n Benutzer (%1%2) %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s) of users</source>
        <translation>
            <numerusform>… und %n weitere Gruppe von Benutzern</numerusform>
            <numerusform>… und %n weitere Gruppen von Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) would cross the OpenAI API&apos;s %1-tool limit (with %2 client tools).</source>
        <translation>
            <numerusform>%n Benutzer würde das %1-Tool-Limit der OpenAI-API überschreiten (mit %2 eigenen Tools des Clients).</numerusform>
            <numerusform>%n Benutzer würden das %1-Tool-Limit der OpenAI-API überschreiten (mit %2 eigenen Tools des Clients).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) would fall back under the OpenAI API&apos;s %1-tool limit.</source>
        <translation>
            <numerusform>%n Benutzer würde wieder unter das %1-Tool-Limit der OpenAI-API fallen.</numerusform>
            <numerusform>%n Benutzer würden wieder unter das %1-Tool-Limit der OpenAI-API fallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>!! %1&apos;s regex does not compile: coderd refuses to start with it (convert external auth config: compile MCP tool allow/deny regex for external auth provider &quot;%1&quot;), so every user loses every tool.</source>
        <translation>!! Die Regex von %1 lässt sich nicht kompilieren: coderd startet damit nicht („convert external auth config: compile MCP tool allow/deny regex for external auth provider &quot;%1&quot;“), daher verliert jeder Benutzer jedes Tool.</translation>
    </message>
    <message>
        <source>give an AI Gateway key: over the REST API other users&apos; tokens are unknown</source>
        <translation>einen AI-Gateway-Schlüssel angeben: über die REST-API sind die Tokens anderer Benutzer unbekannt</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>scan without --no-probe</source>
        <translation>ohne --no-probe prüfen</translation>
    </message>
    <message>
        <source>no scanned user has a usable token for it: its tools can be listed once one does</source>
        <translation>kein geprüfter Benutzer hat dafür ein brauchbares Token: seine Tools lassen sich listen, sobald einer eines hat</translation>
    </message>
    <message>
        <source>its listing failed from this workstation: fix what the note says and scan again, or list each user&apos;s with --probe-each</source>
        <translation>sein Auflisten von diesem Arbeitsplatz ist gescheitert: beheben, was der Hinweis sagt, und erneut prüfen, oder die Tools jedes Benutzers mit --probe-each listen</translation>
    </message>
    <message numerus="yes">
        <source>Unknown: at least %n user(s) gain or lose a tool. The tools of %1 are unknown, so the users they are proxied for may change too.</source>
        <translation>
            <numerusform>Unbekannt: mindestens %n Benutzer gewinnt oder verliert ein Tool. Die Tools von %1 sind unbekannt, daher können sich auch die Benutzer ändern, für die diese Server eingebunden sind.</numerusform>
            <numerusform>Unbekannt: mindestens %n Benutzer gewinnen oder verlieren ein Tool. Die Tools von %1 sind unbekannt, daher können sich auch die Benutzer ändern, für die diese Server eingebunden sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YamuxSession</name>
    <message>
        <source>keep-alive timeout: the peer did not answer a ping within %1 ms</source>
        <translation>Keep-alive-Zeitüberschreitung: die Gegenseite hat einen Ping nicht innerhalb von %1 ms beantwortet</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <source>the peer floods pings (more than %1 a second): session closed to bound what its answers would hold</source>
        <translation>die Gegenseite flutet Pings (mehr als %1 je Sekunde): Sitzung geschlossen, um zu begrenzen, was ihre Antworten belegen würden</translation>
    </message>
    <message>
        <source>normal termination</source>
        <translation>reguläres Ende</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>the peer ended the session (GoAway: %1)</source>
        <translation>die Gegenseite hat die Sitzung beendet (GoAway: %1)</translation>
    </message>
    <message>
        <source>the peer reset the stream</source>
        <translation>die Gegenseite hat den Stream zurückgesetzt</translation>
    </message>
    <message>
        <source>protocol error: stream %1 received %2 bytes past its window</source>
        <translation>Protokollfehler: Stream %1 hat %2 Bytes über sein Fenster hinaus erhalten</translation>
    </message>
    <message>
        <source>session closed</source>
        <translation>Sitzung geschlossen</translation>
    </message>
</context>
<context>
    <name>YamuxStream</name>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See which MCP servers and tools Coder&apos;s AI Bridge injects for a user.</source>
        <translation>Zeigt, welche MCP-Server und Tools Coders AI Bridge für einen Benutzer injiziert.</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>Sprache der Oberfläche.</translation>
    </message>
    <message>
        <source>Start on the built-in sandbox deployment.</source>
        <translation>Mit dem eingebauten Sandbox-Deployment starten.</translation>
    </message>
    <message>
        <source>Open a snapshot file.</source>
        <translation>Eine Snapshot-Datei öffnen.</translation>
    </message>
    <message>
        <source>With --sandbox and --user: save a PNG of the window and quit.</source>
        <translation>Mit --sandbox und --user: ein PNG des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>Pick this user once connected.</source>
        <translation>Diesen Benutzer nach dem Verbinden wählen.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>With --sandbox: add this many generated users (Fleet tab).</source>
        <translation>Mit --sandbox: so viele erzeugte Benutzer hinzufügen (Tab Flotte).</translation>
    </message>
    <message>
        <source>Open the History view on this folder (fleet --history DIR).</source>
        <translation>Die Verlaufsansicht mit diesem Ordner öffnen (fleet --history DIR).</translation>
    </message>
    <message>
        <source>Usage: aibridge-inspector-cli COMMAND [options]
See which MCP servers and tools Coder&apos;s AI Bridge injects for a user.

Commands:
  resolve   resolve a user&apos;s MCP servers (--snapshot FILE | --sandbox | --url URL)
            [--user NAME] [--probe] [--json] [--save-snapshot FILE]
  users     search users (--search TEXT, on --sandbox or --url)
  login     save a session token in the keychain (--url URL; token from
            CODER_SESSION_TOKEN or stdin)
  logout    remove it (--url URL)
  probe     connect to one MCP server and list its tools (URL [--token-env VAR])
  filter    apply allow/deny regexes to tool names (--allow RE --deny RE [NAME...])
  observed  compare the prediction with the user&apos;s recorded AI Bridge activity
            (--url URL | --sandbox) --user NAME [--since 24h] [--json]
  explain-log  explain coderd log lines about AI Bridge&apos;s MCP setup ([FILE|-] [--json])
  fleet     every user at once: servers, token status, tools, over-budget
            (--url URL | --sandbox | --snapshot FILE) [--search TEXT] [--json]
            [--csv FILE] [--what-if FILE] [--compare OLD.json] [--save-snapshot FILE]

Options:
  -h, --help     show this help (COMMAND --help for a command&apos;s options)
  -v, --version  show the version

Exit codes: 0 ok, 1 resolution error, 2 bad input, 3 new problems (fleet --fail-on).
</source>
        <translation>Aufruf: aibridge-inspector-cli BEFEHL [Optionen]
Zeigt, welche MCP-Server und Tools Coders AI Bridge für einen Benutzer injiziert.

Befehle:
  resolve   die MCP-Server eines Benutzers auflösen (--snapshot DATEI | --sandbox | --url URL)
            [--user NAME] [--probe] [--json] [--save-snapshot DATEI]
  users     Benutzer suchen (--search TEXT, mit --sandbox oder --url)
  login     ein Sitzungstoken im Schlüsselbund speichern (--url URL; Token aus
            CODER_SESSION_TOKEN oder stdin)
  logout    es entfernen (--url URL)
  probe     mit einem MCP-Server verbinden und seine Tools auflisten (URL [--token-env VAR])
  filter    Allow/Deny-Regexe auf Tool-Namen anwenden (--allow RE --deny RE [NAME...])
  observed  die Vorhersage mit der aufgezeichneten AI-Bridge-Aktivität des Benutzers vergleichen
            (--url URL | --sandbox) --user NAME [--since 24h] [--json]
  explain-log  coderd-Logzeilen zur MCP-Einrichtung von AI Bridge erklären ([DATEI|-] [--json])
  fleet     alle Benutzer auf einmal: Server, Token-Status, Tools, Budget
            (--url URL | --sandbox | --snapshot DATEI) [--search TEXT] [--json]
            [--csv DATEI] [--what-if DATEI] [--compare ALT.json] [--save-snapshot DATEI]

Optionen:
  -h, --help     diese Hilfe zeigen (BEFEHL --help für die Optionen eines Befehls)
  -v, --version  die Version zeigen

Exit-Codes: 0 ok, 1 Auflösungsfehler, 2 ungültige Eingabe, 3 neue Probleme (fleet --fail-on).
</translation>
    </message>
</context>
</TS>
