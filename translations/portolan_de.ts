<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/parse/jsoninput.cpp" line="+71"/>
        <source>binary data (a NUL byte) where JSON was expected</source>
        <translation>Binärdaten (ein NUL-Byte), wo JSON erwartet wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON ends too early (truncated output?)</source>
        <translation>JSON endet zu früh (abgeschnittene Ausgabe?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed JSON at column %1</source>
        <translation>fehlerhaftes JSON in Spalte %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Audits the network exposure of Ray clusters.</source>
        <translation>Prüft die Netzwerkexposition von Ray-Clustern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the snapshot database &lt;file&gt;.</source>
        <translation>Snapshot-Datenbank &lt;Datei&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
</context>
<context>
    <name>portolan::AddressRange</name>
    <message>
        <location filename="../core/model/address.cpp" line="+713"/>
        <source>&quot;%1&quot;: more than one &apos;-&apos;</source>
        <translation>&quot;%1&quot;: mehr als ein &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: missing first address before &apos;-&apos;</source>
        <translation>&quot;%1&quot;: erste Adresse vor &apos;-&apos; fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: missing last address after &apos;-&apos;</source>
        <translation>&quot;%1&quot;: letzte Adresse nach &apos;-&apos; fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: the range mixes IPv4 and IPv6 addresses</source>
        <translation>&quot;%1&quot;: der Bereich mischt IPv4- und IPv6-Adressen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: the range is reversed (%2 comes after %3)</source>
        <translation>&quot;%1&quot;: der Bereich ist umgekehrt (%2 liegt nach %3)</translation>
    </message>
</context>
<context>
    <name>portolan::AddressSet</name>
    <message>
        <location filename="../core/analysis/addressset.cpp" line="+128"/>
        <source>address list item %1 of %2: %3</source>
        <translation>Adresslisteneintrag %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>portolan::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+24"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not implemented yet)</source>
        <translation>(noch nicht implementiert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;command&gt; [Optionen]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 done; 1 error (the message names the cause).</source>
        <translation>&apos;%1 &lt;command&gt; --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 erledigt; 1 Fehler (die Meldung nennt die Ursache).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2: internal error: %3</source>
        <translation>%1 %2: interner Fehler: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audits the network exposure of Ray clusters.</source>
        <translation>Prüft die Netzwerkexposition von Ray-Clustern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see above).</source>
        <translation>Der auszuführende Befehl (siehe oben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;command&gt;</source>
        <translation>&lt;command&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing command</source>
        <translation>Befehl fehlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="+19"/>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot database (SQLite file).</source>
        <translation>Die Snapshot-Datenbank (SQLite-Datei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Try &apos;%1 %2 --help&apos;.</source>
        <translation>Siehe &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required option --%1</source>
        <translation>erforderliche Option --%1 fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 needs a non-empty value</source>
        <translation>Option --%1 benötigt einen nicht leeren Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+19"/>
        <source>Audit the nodes of an inventory over SSH and store a snapshot.</source>
        <translation>Knoten eines Inventars über SSH prüfen und einen Snapshot speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the stored snapshots, newest first.</source>
        <translation>Gespeicherte Snapshots auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work out the exposures and findings of a snapshot.</source>
        <translation>Expositionen und Befunde eines Snapshots ermitteln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two snapshots.</source>
        <translation>Zwei Snapshots vergleichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a report of a snapshot.</source>
        <translation>Bericht zu einem Snapshot schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one snapshot to a JSON file.</source>
        <translation>Einen Snapshot in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store a snapshot from a JSON file and print its new id.</source>
        <translation>Snapshot aus einer JSON-Datei speichern und seine neue ID ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="+40"/>
        <source>%1: cannot read: is a directory</source>
        <translation>%1: kann nicht gelesen werden: ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clistore.cpp" line="+16"/>
        <source>%1: no such database file</source>
        <translation>%1: Datenbankdatei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is a directory, not a database file</source>
        <translation>%1: ist ein Verzeichnis, keine Datenbankdatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the database holds no snapshots</source>
        <translation>%1: die Datenbank enthält keine Snapshots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid snapshot id &apos;%1&apos; (expected a positive number or &apos;latest&apos;)</source>
        <translation>ungültige Snapshot-ID &apos;%1&apos; (erwartet: positive Zahl oder &apos;latest&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="+38"/>
        <source>[%1] queued</source>
        <translation>[%1] in Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] connecting</source>
        <translation>[%1] Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] authenticating</source>
        <translation>[%1] Authentifizierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[%1] collected %2/%3</source>
        <translation>[%1] erfasst %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] collecting %2/%3 (%4)</source>
        <translation>[%1] Erfassung %2/%3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[%1] done</source>
        <translation>[%1] fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] done, partial: %2</source>
        <translation>[%1] fertig, unvollständig: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] FAILED: %2</source>
        <translation>[%1] FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] cancelled</source>
        <translation>[%1] abgebrochen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>--%1 muss eine ganze Zahl von 1 bis %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The inventory (Portolan JSON/YAML or a Ray cluster-launcher YAML).</source>
        <translation>Das Inventar (Portolan-JSON/YAML oder eine YAML-Datei des Ray-Cluster-Launchers).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+24"/>
        <source>%1 %2 %3:%4/%5 %6 from %7: %8</source>
        <translation>%1 %2 %3:%4/%5 %6 von %7: %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (forwarded to port %1)</source>
        <translation> (weitergeleitet an Port %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot %1 &quot;%2&quot; (%3), %4 nodes — risk score %5/100
</source>
        <translation>Snapshot %1 &quot;%2&quot; (%3), %4 Knoten — Risikowert %5/100
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No findings.
</source>
        <translation>Keine Befunde.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>        %1 %2 %3 line %4: %5 → %6
</source>
        <translation>        %1 %2 %3 Zeile %4: %5 → %6
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>        uncertain: %1
</source>
        <translation>        unsicher: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    Fix: %1
</source>
        <translation>    Abhilfe: %1
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The snapshot to analyse: an id or latest (default).</source>
        <translation>Der zu analysierende Snapshot: eine ID oder latest (Standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zones file (default: internet, internal and cluster zones).</source>
        <translation>Zonendatei (Standard: Zonen internet, internal und cluster).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectcommand.cpp" line="+2"/>
        <location line="+7"/>
        <location filename="../app/cli/exportcommand.cpp" line="+22"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit with code 3 when a finding is at or above this severity (info, low, medium, high, critical).</source>
        <translation>Mit Code 3 beenden, wenn ein Befund diesen Schweregrad erreicht oder überschreitet (info, low, medium, high, critical).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --fail-on &apos;%1&apos; (expected info, low, medium, high or critical)</source>
        <translation>ungültiges --fail-on &apos;%1&apos; (erwartet: info, low, medium, high oder critical)</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="-6"/>
        <source>A label for the snapshot.</source>
        <translation>Eine Bezeichnung für den Snapshot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes collected at once (default 16).</source>
        <translation>Gleichzeitig erfasste Knoten (Standard 16).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>strict refuses unknown host keys (default); accept-new records them. A changed key is always refused.</source>
        <translation>strict lehnt unbekannte Host-Schlüssel ab (Standard); accept-new speichert sie. Ein geänderter Schlüssel wird immer abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect timeout per node in seconds (default 10).</source>
        <translation>Verbindungs-Timeout pro Knoten in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Timeout per command in seconds (default 60).</source>
        <translation>Timeout pro Befehl in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--host-key-policy must be strict or accept-new, not &apos;%1&apos;</source>
        <translation>--host-key-policy muss strict oder accept-new sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Snapshot %1 stored: %2 nodes, %3 ok, %4 partial, %5 failed, %6 cancelled.</source>
        <translation>Snapshot %1 gespeichert: %2 Knoten, %3 OK, %4 unvollständig, %5 fehlgeschlagen, %6 abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>collection cancelled; what was gathered is stored as snapshot %1</source>
        <translation>Erfassung abgebrochen; das bisher Gesammelte ist als Snapshot %1 gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no node could be audited; the failures are stored as snapshot %1</source>
        <translation>kein Knoten konnte geprüft werden; die Fehler sind als Snapshot %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-2"/>
        <source>The snapshot to export: its id or &apos;latest&apos; (default: latest).</source>
        <translation>Der zu exportierende Snapshot: seine ID oder &apos;latest&apos; (Standard: latest).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="-25"/>
        <location filename="../app/cli/exportcommand.cpp" line="+1"/>
        <location filename="../app/cli/listcommand.cpp" line="+35"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+1"/>
        <source>The JSON file to write.</source>
        <translation>Die zu schreibende JSON-Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option --snapshot needs a non-empty value</source>
        <translation>Option --snapshot benötigt einen nicht leeren Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+21"/>
        <source>The JSON file to import.</source>
        <translation>Die zu importierende JSON-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.json</source>
        <translation>DATEI.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing the JSON file to import</source>
        <translation>die zu importierende JSON-Datei fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+0"/>
        <source>CREATED (UTC)</source>
        <translation>ERSTELLT (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVENTORY</source>
        <translation>INVENTAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NODES</source>
        <translation>KNOTEN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+5"/>
        <location filename="../app/cli/listcommand.cpp" line="+46"/>
        <source>Output format: text or json (default: text).</source>
        <translation>Ausgabeformat: text oder json (Standard: text).</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+15"/>
        <location filename="../app/cli/listcommand.cpp" line="+9"/>
        <source>invalid --format &apos;%1&apos; (expected text or json)</source>
        <translation>ungültiges --format &apos;%1&apos; (erwartet: text oder json)</translation>
    </message>
    <message>
        <location filename="../app/cli/notimplementedcommand.cpp" line="+10"/>
        <source>the &apos;%1&apos; command is not implemented yet</source>
        <translation>der Befehl &apos;%1&apos; ist noch nicht implementiert</translation>
    </message>
    <message>
        <location filename="../app/cli/terminalinteraction.cpp" line="+56"/>
        <source>[%1] Passphrase for %2:</source>
        <translation>[%1] Passphrase für %2:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>portolan::ColumnCodec</name>
    <message>
        <location filename="../core/store/columncodec.cpp" line="+29"/>
        <source>%1: damaged value in column %2: %3</source>
        <translation>%1: beschädigter Wert in Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>portolan::CommandSpec</name>
    <message>
        <location filename="../core/parse/commandset.cpp" line="+46"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernel and architecture</source>
        <translation>Kernel und Architektur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system release</source>
        <translation>Betriebssystemversion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interfaces and addresses</source>
        <translation>Schnittstellen und Adressen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv4 routes of every table</source>
        <translation>IPv4-Routen aller Tabellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 routes of every table</source>
        <translation>IPv6-Routen aller Tabellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listening TCP and UDP sockets with owners</source>
        <translation>Lauschende TCP- und UDP-Sockets mit Eigentümern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes and command lines</source>
        <translation>Prozesse und Befehlszeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAY_* environment of every process</source>
        <translation>RAY_*-Umgebung aller Prozesse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>iptables version and backend</source>
        <translation>iptables-Version und -Backend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv4 iptables rules</source>
        <translation>IPv4-iptables-Regeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 iptables rules</source>
        <translation>IPv6-iptables-Regeln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv4 rules of legacy x_tables</source>
        <translation>IPv4-Regeln der Legacy-x_tables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 rules of legacy x_tables</source>
        <translation>IPv6-Regeln der Legacy-x_tables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nftables ruleset (JSON)</source>
        <translation>nftables-Regelsatz (JSON)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nftables ruleset (text)</source>
        <translation>nftables-Regelsatz (Text)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IP sets</source>
        <translation>IP-Sets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed and running Ray packages</source>
        <translation>Installierte und laufende Ray-Pakete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ray session name and port files</source>
        <translation>Ray-Sitzungsname und Port-Dateien</translation>
    </message>
</context>
<context>
    <name>portolan::DatabaseFile</name>
    <message>
        <location filename="../core/store/databasefile.cpp" line="+39"/>
        <source>%1: cannot create the database: %2</source>
        <translation>%1: Datenbank kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot set the permissions of the database: %2</source>
        <translation>%1: Berechtigungen der Datenbank können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: cannot set the permissions: %2</source>
        <translation>%1: Berechtigungen können nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>portolan::EnvironParser</name>
    <message>
        <location filename="../core/parse/environ.cpp" line="+55"/>
        <source>not NUL-separated (a text dump was given?)</source>
        <translation>nicht NUL-getrennt (wurde ein Text-Dump übergeben?)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>bad pid in %1</source>
        <translation>ungültige PID in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>variable before the first &quot;@@pid&quot; line</source>
        <translation>Variable vor der ersten &quot;@@pid&quot;-Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected NAME=VALUE, found %1</source>
        <translation>NAME=WERT erwartet, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>portolan::EvidenceClassifier</name>
    <message>
        <location filename="../core/collect/evidenceclassifier.cpp" line="+56"/>
        <source>%1: permission denied (%2)</source>
        <translation>%1: Zugriff verweigert (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: command not found on the node</source>
        <translation>%1: Befehl auf dem Knoten nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: timed out after %2 s</source>
        <translation>%1: Zeitüberschreitung nach %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: output truncated at %2 MiB</source>
        <translation>%1: Ausgabe bei %2 MiB abgeschnitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: failed with exit code %2 (%3)</source>
        <translation>%1: fehlgeschlagen mit Exit-Code %2 (%3)</translation>
    </message>
</context>
<context>
    <name>portolan::Exposure</name>
    <message numerus="yes">
        <location filename="../core/analysis/exposure.cpp" line="+24"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 except %2</source>
        <translation>%1 außer %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
</context>
<context>
    <name>portolan::ExposureChecks</name>
    <message>
        <location filename="../core/analysis/exposurechecks.cpp" line="+39"/>
        <source>Ray dashboard and Jobs API reachable</source>
        <translation>Ray-Dashboard und Jobs-API erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution: whoever reaches the dashboard can submit a job through the Jobs API and run any command on every node (CVE-2023-48022, &quot;ShadowRay&quot;), read logs and stop jobs.</source>
        <translation>Codeausführung: Wer das Dashboard erreicht, kann über die Jobs-API einen Job einreichen und beliebige Befehle auf jedem Knoten ausführen (CVE-2023-48022, &quot;ShadowRay&quot;), Logs lesen und Jobs stoppen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bind the dashboard to 127.0.0.1 and reach it through an SSH tunnel, allow the port only from the cluster&apos;s own networks, and turn on token authentication.</source>
        <translation>Dashboard an 127.0.0.1 binden und über einen SSH-Tunnel erreichen, den Port nur aus den eigenen Netzen des Clusters zulassen und Token-Authentifizierung aktivieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ray Client server reachable</source>
        <translation>Ray-Client-Server erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution: a remote Ray client connects without credentials and runs arbitrary tasks and actors on the cluster.</source>
        <translation>Codeausführung: Ein entfernter Ray-Client verbindet sich ohne Zugangsdaten und führt beliebige Tasks und Actors auf dem Cluster aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow the client port only from the cluster&apos;s networks (or a VPN), and turn on token authentication.</source>
        <translation>Client-Port nur aus den Netzen des Clusters (oder einem VPN) zulassen und Token-Authentifizierung aktivieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ray GCS reachable</source>
        <translation>Ray-GCS erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster hijacking: the GCS holds the cluster&apos;s metadata; whoever reaches it can register nodes, jobs and actors, read cluster state and take the cluster down.</source>
        <translation>Übernahme des Clusters: Der GCS hält die Metadaten des Clusters; wer ihn erreicht, kann Knoten, Jobs und Actors registrieren, den Clusterzustand lesen und den Cluster lahmlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow the GCS port only from the cluster&apos;s nodes.</source>
        <translation>GCS-Port nur von den Knoten des Clusters zulassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal Ray ports reachable from outside the cluster</source>
        <translation>Interne Ray-Ports von außerhalb des Clusters erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lateral movement and data theft: raylet, object manager, agents and workers speak unauthenticated gRPC; whoever reaches them can submit work to workers, read objects from the object store or disturb scheduling.</source>
        <translation>Laterale Bewegung und Datendiebstahl: Raylet, Object Manager, Agents und Worker sprechen unauthentifiziertes gRPC; wer sie erreicht, kann Arbeit an Worker übergeben, Objekte aus dem Object Store lesen oder das Scheduling stören.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These ports only serve the cluster itself: allow them from the cluster&apos;s networks only.</source>
        <translation>Diese Ports dienen nur dem Cluster selbst: nur aus den Netzen des Clusters zulassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ray metrics endpoints reachable</source>
        <translation>Ray-Metrik-Endpunkte erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information disclosure: metrics reveal node names, resources, job and actor activity that help plan an attack.</source>
        <translation>Informationspreisgabe: Metriken verraten Knotennamen, Ressourcen sowie Job- und Actor-Aktivität, die bei der Planung eines Angriffs helfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow the metrics ports only from the monitoring system and the cluster.</source>
        <translation>Metrik-Ports nur vom Monitoring-System und vom Cluster zulassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redis reachable</source>
        <translation>Redis erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data theft and code execution: Redis holds Ray&apos;s state and, with a default or no password, accepts any command.</source>
        <translation>Datendiebstahl und Codeausführung: Redis hält den Zustand von Ray und akzeptiert mit Standard- oder ohne Passwort jeden Befehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow Redis only from the cluster&apos;s nodes and set a strong password.</source>
        <translation>Redis nur von den Knoten des Clusters zulassen und ein starkes Passwort setzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH reachable from the internet</source>
        <translation>SSH aus dem Internet erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential attacks: every node answers SSH logins from anywhere, so one weak key or password gives a foothold in the cluster.</source>
        <translation>Angriffe auf Zugangsdaten: Jeder Knoten beantwortet SSH-Logins von überall, sodass ein schwacher Schlüssel oder ein schwaches Passwort einen Zugang zum Cluster verschafft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach the nodes through one bastion host (ssh -J) and allow SSH only from it.</source>
        <translation>Knoten über einen einzigen Bastion-Host erreichen (ssh -J) und SSH nur von diesem zulassen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (uncertain: the firewall could not be fully evaluated)</source>
        <translation>%1 (unsicher: die Firewall konnte nicht vollständig ausgewertet werden)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Ray reachable over IPv6 although IPv4 is filtered</source>
        <translation>Ray über IPv6 erreichbar, obwohl IPv4 gefiltert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IPv4 firewall gives a false sense of safety: the same Ray services answer over IPv6, where no rule stops anyone.</source>
        <translation>Die IPv4-Firewall vermittelt trügerische Sicherheit: Dieselben Ray-Dienste antworten über IPv6, wo keine Regel jemanden aufhält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply the same rules to IPv6 (ip6tables, or an inet table in nftables), or bind Ray to its IPv4 node address.</source>
        <translation>Dieselben Regeln auf IPv6 anwenden (ip6tables oder eine inet-Tabelle in nftables) oder Ray an seine IPv4-Knotenadresse binden.</translation>
    </message>
</context>
<context>
    <name>portolan::FindingTableModel</name>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="+33"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposures</source>
        <translation>Expositionen</translation>
    </message>
</context>
<context>
    <name>portolan::FirewallBuilder</name>
    <message>
        <location filename="../core/collect/firewallbuilder.cpp" line="+116"/>
        <source>%1: table %2 holds nft-native chains iptables cannot show; it is read from nft</source>
        <translation>%1: Tabelle %2 enthält nft-native Chains, die iptables nicht anzeigen kann; sie wird aus nft gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>%1: unreadable output: %2</source>
        <translation>%1: unlesbare Ausgabe: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>firewall: neither iptables-save nor nft is installed; the kernel&apos;s packet filter could not be read</source>
        <translation>Firewall: weder iptables-save noch nft ist installiert; der Paketfilter des Kernels konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>portolan::HostChecks</name>
    <message>
        <location filename="../core/analysis/hostchecks.cpp" line="+61"/>
        <source>Node could not be audited</source>
        <translation>Knoten konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown exposure: nothing is known about this node&apos;s listening services or firewall, so it may expose the whole cluster.</source>
        <translation>Unbekannte Exposition: Über die lauschenden Dienste und die Firewall dieses Knotens ist nichts bekannt, er könnte also den ganzen Cluster exponieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the node reachable over SSH for the audit (address, user, key, host key) and run the audit again.</source>
        <translation>Knoten für die Prüfung per SSH erreichbar machen (Adresse, Benutzer, Schlüssel, Host-Schlüssel) und die Prüfung erneut ausführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firewall could not be verified</source>
        <translation>Firewall konnte nicht überprüft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown exposure: the packet filter could not be read, so every reachability verdict for this node is uncertain.</source>
        <translation>Unbekannte Exposition: Der Paketfilter konnte nicht gelesen werden, daher ist jede Erreichbarkeitsaussage für diesen Knoten unsicher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let the audit user read the firewall without a password: set &quot;sudo&quot;: true in the inventory and grant the read-only commands in sudoers.</source>
        <translation>Dem Prüfbenutzer das Lesen der Firewall ohne Passwort erlauben: &quot;sudo&quot;: true im Inventar setzen und die nur lesenden Befehle in sudoers freigeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node with a public address has no firewall</source>
        <translation>Knoten mit öffentlicher Adresse hat keine Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every listening service, Ray&apos;s included, answers the whole internet; only bind addresses stand between an attacker and the cluster.</source>
        <translation>Jeder lauschende Dienst, auch Ray, antwortet dem ganzen Internet; nur die Bind-Adressen stehen zwischen einem Angreifer und dem Cluster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install a default-deny inbound policy that admits SSH from your bastion and Ray&apos;s ports from the cluster&apos;s networks.</source>
        <translation>Eine eingehende Default-Deny-Richtlinie einrichten, die SSH von Ihrem Bastion-Host und die Ray-Ports aus den Netzen des Clusters zulässt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ray services listen on every interface</source>
        <translation>Ray-Dienste lauschen auf allen Schnittstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service bound to 0.0.0.0 or :: answers on public and IPv6 interfaces too, although Ray was given node address %1; one firewall mistake exposes it.</source>
        <translation>Ein an 0.0.0.0 oder :: gebundener Dienst antwortet auch auf öffentlichen und IPv6-Schnittstellen, obwohl Ray die Knotenadresse %1 erhielt; ein einziger Firewall-Fehler exponiert ihn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Ray with its node address and keep the dashboard on localhost.</source>
        <translation>Ray mit seiner Knotenadresse starten und das Dashboard auf localhost belassen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ray&apos;s gRPC traffic is not encrypted</source>
        <translation>Der gRPC-Verkehr von Ray ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data theft and hijacking: without TLS, anyone on the path reads task arguments, objects and tokens, and can inject traffic between nodes.</source>
        <translation>Datendiebstahl und Übernahme: Ohne TLS liest jeder auf dem Pfad Task-Argumente, Objekte und Tokens mit und kann Verkehr zwischen Knoten einschleusen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on Ray&apos;s mutual TLS on every node and client.</source>
        <translation>Gegenseitiges TLS von Ray auf jedem Knoten und Client aktivieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ray token authentication is not in force</source>
        <translation>Ray-Token-Authentifizierung ist nicht aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution: without token authentication, Ray trusts every client that reaches it (status: %1).</source>
        <translation>Codeausführung: Ohne Token-Authentifizierung vertraut Ray jedem Client, der es erreicht (Status: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run Ray 2.52.0 or later with RAY_AUTH_MODE=token on every node and client.</source>
        <translation>Ray 2.52.0 oder neuer mit RAY_AUTH_MODE=token auf jedem Knoten und Client betreiben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, fixed in %1</source>
        <translation>, behoben in %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ray version unknown: known vulnerabilities may apply</source>
        <translation>Ray-Version unbekannt: bekannte Schwachstellen können zutreffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ray %1 has known vulnerabilities</source>
        <translation>Ray %1 hat bekannte Schwachstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution, file read and denial of service through published vulnerabilities of the dashboard.</source>
        <translation>Codeausführung, Lesen von Dateien und Denial of Service über veröffentlichte Schwachstellen des Dashboards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade Ray on every node to %1 or later.</source>
        <translation>Ray auf jedem Knoten auf %1 oder neuer aktualisieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redis uses Ray&apos;s public default password</source>
        <translation>Redis verwendet das öffentlich bekannte Standardpasswort von Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data theft and code execution: the default password 5241590000000000 is published; it protects nothing.</source>
        <translation>Datendiebstahl und Codeausführung: Das Standardpasswort 5241590000000000 ist veröffentlicht; es schützt nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Ray with a random --redis-password and keep Redis reachable from the cluster only.</source>
        <translation>Ray mit einem zufälligen --redis-password starten und Redis nur aus dem Cluster erreichbar halten.</translation>
    </message>
</context>
<context>
    <name>portolan::Inventory</name>
    <message>
        <location filename="../core/inventory/addresssyntax.cpp" line="+49"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;%1&quot;: the zone after &quot;%&quot; must be an interface name</source>
        <translation>&quot;%1&quot;: die Zone nach &quot;%&quot; muss ein Schnittstellenname sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a hostname or IP address: %2</source>
        <translation>&quot;%1&quot; ist kein Hostname und keine IP-Adresse: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an IPv6 address</source>
        <translation>keine IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is longer than %2 characters, the limit for a hostname</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen, die Grenze für einen Hostnamen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a hostname: it has an empty label</source>
        <translation>&quot;%1&quot; ist kein Hostname: er hat ein leeres Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a hostname: a label is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist kein Hostname: ein Label ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a hostname: a label starts or ends with &quot;-&quot;</source>
        <translation>&quot;%1&quot; ist kein Hostname: ein Label beginnt oder endet mit &quot;-&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the host is empty</source>
        <translation>der Host ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&quot;%1&quot; must not start with &quot;-&quot;</source>
        <translation>&quot;%1&quot; darf nicht mit &quot;-&quot; beginnen</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a hostname or IP address (give the port in &quot;port&quot;)</source>
        <translation>&quot;%1&quot; ist kein Hostname und keine IP-Adresse (den Port in &quot;port&quot; angeben)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+86"/>
        <source>&quot;%1&quot;: &quot;[&quot; without a closing &quot;]&quot;</source>
        <translation>&quot;%1&quot;: &quot;[&quot; ohne schließendes &quot;]&quot;</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&quot;%1&quot; is not a hostname or IP address: %2 is not allowed</source>
        <translation>&quot;%1&quot; ist kein Hostname und keine IP-Adresse: %2 ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a hostname or IP address: write IPv4 addresses as a dotted quad such as 10.0.0.1</source>
        <translation>&quot;%1&quot; ist kein Hostname und keine IP-Adresse: IPv4-Adressen in Punktschreibweise angeben, etwa 10.0.0.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid IP address: %2</source>
        <translation>&quot;%1&quot; ist keine gültige IP-Adresse: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the user name is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&quot;%1&quot; is not a user name: %2 is not allowed</source>
        <translation>&quot;%1&quot; ist kein Benutzername: %2 ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the node name is empty</source>
        <translation>der Knotenname ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must not start with &quot;%2&quot;</source>
        <translation>&quot;%1&quot; darf nicht mit &quot;%2&quot; beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a node name: %2 is not allowed (use letters, digits and . _ - :)</source>
        <translation>&quot;%1&quot; ist kein Knotenname: %2 ist nicht erlaubt (Buchstaben, Ziffern und . _ - : verwenden)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: more than one &quot;@&quot;</source>
        <translation>&quot;%1&quot;: mehr als ein &quot;@&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot;: expected &quot;:port&quot; after &quot;]&quot;</source>
        <translation>&quot;%1&quot;: &quot;:port&quot; nach &quot;]&quot; erwartet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a port (1-65535)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; ist kein Port (1-65535)</translation>
    </message>
    <message>
        <location filename="../core/inventory/document.cpp" line="+30"/>
        <source>empty (null)</source>
        <translation>leer (null)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Boolescher Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/inventory/yamldocument.cpp" line="+78"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/inventory/yamldocument.cpp" line="+0"/>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <location filename="../core/inventory/fieldreader.cpp" line="+103"/>
        <source>must be a map of keys and values, not %1</source>
        <translation>muss eine Map aus Schlüsseln und Werten sein, nicht %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain control characters or line breaks</source>
        <translation>darf keine Steuerzeichen oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a boolean (true or false)</source>
        <translation>%1 ist kein Boolescher Wert (true oder false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate key &quot;%1&quot; in %2 (first at line %3)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; in %2 (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>at the top level</source>
        <translation>auf oberster Ebene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one of: %1</source>
        <translation>erwartet wird eines von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean &quot;%1&quot;?</source>
        <translation>war &quot;%1&quot; gemeint?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &quot;%1&quot; %2 (%3)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/inventory/identitypath.cpp" line="+29"/>
        <source>the identity file path is empty</source>
        <translation>der Pfad der Identitätsdatei ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identity file path contains a NUL character</source>
        <translation>der Pfad der Identitätsdatei enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot expand &quot;~&quot; in &quot;%1&quot;: $HOME is not set</source>
        <translation>&quot;~&quot; in &quot;%1&quot; kann nicht expandiert werden: $HOME ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: only &quot;~/&quot; is expanded; write the full path</source>
        <translation>&quot;%1&quot;: nur &quot;~/&quot; wird expandiert; den vollständigen Pfad angeben</translation>
    </message>
    <message>
        <location filename="../core/inventory/inventory.cpp" line="+48"/>
        <source>the file is larger than %1 MiB, too large for an inventory</source>
        <translation>die Datei ist größer als %1 MiB, zu groß für ein Inventar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the inventory is empty</source>
        <translation>das Inventar ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an inventory must be a map of keys and values, not %1</source>
        <translation>ein Inventar muss eine Map aus Schlüsseln und Werten sein, nicht %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an inventory: expected &quot;nodes&quot; (a Portolan inventory) or &quot;provider&quot; (a Ray cluster-launcher file)</source>
        <translation>kein Inventar: &quot;nodes&quot; (ein Portolan-Inventar) oder &quot;provider&quot; (eine Datei des Ray-Cluster-Launchers) erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read the inventory: it is a directory</source>
        <translation>%1: Inventar kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: cannot read the inventory: %2</source>
        <translation>%1: Inventar kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/inventory/jsondocument.cpp" line="+218"/>
        <location filename="../core/inventory/yamldocument.cpp" line="-32"/>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/nodeindex.cpp" line="+44"/>
        <source>duplicate node name &quot;%1&quot; (first at line %2)</source>
        <translation>doppelter Knotenname &quot;%1&quot; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already the address of node &quot;%2&quot; (line %3)</source>
        <translation>&quot;%1&quot; ist bereits die Adresse von Knoten &quot;%2&quot; (Zeile %3)</translation>
    </message>
    <message>
        <location filename="../core/inventory/nodesettings.cpp" line="+46"/>
        <location filename="../core/inventory/portolanformat.cpp" line="+42"/>
        <source>missing &quot;host&quot;</source>
        <translation>&quot;host&quot; fehlt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be &quot;user@host:port&quot; or a map with &quot;host&quot;, &quot;port&quot; and &quot;user&quot;, not a list</source>
        <translation>muss &quot;user@host:port&quot; oder eine Map mit &quot;host&quot;, &quot;port&quot; und &quot;user&quot; sein, keine Liste</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>give either &quot;identity_file&quot; or &quot;identity_files&quot;, not both</source>
        <translation>entweder &quot;identity_file&quot; oder &quot;identity_files&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../core/inventory/portolanformat.cpp" line="-16"/>
        <source>&quot;%1&quot; is not a role (head or worker)</source>
        <translation>&quot;%1&quot; ist keine Rolle (head oder worker)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>missing &quot;nodes&quot;</source>
        <translation>&quot;nodes&quot; fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list is empty: an inventory needs at least one node</source>
        <translation>die Liste ist leer: ein Inventar benötigt mindestens einen Knoten</translation>
    </message>
    <message>
        <location filename="../core/inventory/raylauncherformat.cpp" line="+35"/>
        <source>a proxy command is not supported, Portolan never runs commands from an inventory; write a Portolan inventory with &quot;jump&quot; instead</source>
        <translation>ein Proxy-Befehl wird nicht unterstützt, Portolan führt nie Befehle aus einem Inventar aus; stattdessen ein Portolan-Inventar mit &quot;jump&quot; schreiben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>missing &quot;provider&quot;</source>
        <translation>&quot;provider&quot; fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing &quot;type&quot;</source>
        <translation>&quot;type&quot; fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; clusters are not supported: only the &quot;local&quot; provider lists its node addresses in the file; write a Portolan inventory for this cluster instead</source>
        <translation>&quot;%1&quot;-Cluster werden nicht unterstützt: nur der Provider &quot;local&quot; führt seine Knotenadressen in der Datei auf; stattdessen ein Portolan-Inventar für diesen Cluster schreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the node addresses come from a coordinator server, not from the file; write a Portolan inventory for this cluster instead</source>
        <translation>die Knotenadressen stammen von einem Coordinator-Server, nicht aus der Datei; stattdessen ein Portolan-Inventar für diesen Cluster schreiben</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>missing &quot;head_ip&quot;</source>
        <translation>&quot;head_ip&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../core/inventory/yamldocument.cpp" line="-3"/>
        <source>the document expands to more than %1 values</source>
        <translation>das Dokument expandiert zu mehr als %1 Werten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a key must be plain text, not %1</source>
        <translation>ein Schlüssel muss einfacher Text sein, nicht %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable YAML: %1</source>
        <translation>unlesbares YAML: %1</translation>
    </message>
</context>
<context>
    <name>portolan::IpAddrParser</name>
    <message>
        <location filename="../core/parse/ipaddr.cpp" line="+36"/>
        <source>address %1 does not match family %2</source>
        <translation>Adresse %1 passt nicht zur Familie %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prefix length %1 out of range</source>
        <translation>Präfixlänge %1 außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty interface name</source>
        <translation>leerer Schnittstellenname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index out of range</source>
        <translation>Index außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MTU out of range</source>
        <translation>MTU außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a JSON array of interfaces</source>
        <translation>JSON-Array von Schnittstellen erwartet</translation>
    </message>
</context>
<context>
    <name>portolan::IpAddress</name>
    <message>
        <location filename="../core/model/address.cpp" line="-542"/>
        <location line="+87"/>
        <source>&quot;%1&quot;: unexpected character &apos;%2&apos;</source>
        <translation>&quot;%1&quot;: unerwartetes Zeichen &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&quot;%1&quot;: empty octet (missing number between dots)</source>
        <translation>&quot;%1&quot;: leeres Oktett (Zahl zwischen Punkten fehlt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: %2 octets, an IPv4 address has exactly 4</source>
        <translation>&quot;%1&quot;: %2 Oktette, eine IPv4-Adresse hat genau 4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: octet &quot;%2&quot; has a leading zero, which is ambiguous (some tools read it as octal)</source>
        <translation>&quot;%1&quot;: Oktett &quot;%2&quot; hat eine führende Null, was mehrdeutig ist (manche Werkzeuge lesen es als oktal)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: octet %2 is out of range (0 to 255)</source>
        <translation>&quot;%1&quot;: Oktett %2 liegt außerhalb des gültigen Bereichs (0 bis 255)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot;: &quot;:::&quot; is not valid</source>
        <translation>&quot;%1&quot;: &quot;:::&quot; ist ungültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: more than one &quot;::&quot;</source>
        <translation>&quot;%1&quot;: mehr als ein &quot;::&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: starts with a single &apos;:&apos;</source>
        <translation>&quot;%1&quot;: beginnt mit einem einzelnen &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: ends with a single &apos;:&apos;</source>
        <translation>&quot;%1&quot;: endet mit einem einzelnen &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: empty group</source>
        <translation>&quot;%1&quot;: leere Gruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: an embedded IPv4 address is only allowed in the last 32 bits</source>
        <translation>&quot;%1&quot;: eine eingebettete IPv4-Adresse ist nur in den letzten 32 Bit erlaubt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot;: group &quot;%2&quot; has more than 4 hex digits</source>
        <translation>&quot;%1&quot;: Gruppe &quot;%2&quot; hat mehr als 4 Hex-Ziffern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: too few groups (%2 of 8) and no &quot;::&quot;</source>
        <translation>&quot;%1&quot;: zu wenige Gruppen (%2 von 8) und kein &quot;::&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: too many groups (%2, at most 8)</source>
        <translation>&quot;%1&quot;: zu viele Gruppen (%2, höchstens 8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: too many groups (%2) to also hold &quot;::&quot;, which stands for at least one group</source>
        <translation>&quot;%1&quot;: zu viele Gruppen (%2), um zusätzlich &quot;::&quot; aufzunehmen, das für mindestens eine Gruppe steht</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The address is empty</source>
        <translation>Die Adresse ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: contains whitespace</source>
        <translation>&quot;%1&quot;: enthält Leerraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: brackets are not allowed, write the bare address</source>
        <translation>&quot;%1&quot;: Klammern sind nicht erlaubt, die bloße Adresse angeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: a &quot;%scope&quot; zone suffix is not allowed here</source>
        <translation>&quot;%1&quot;: ein Zonensuffix &quot;%scope&quot; ist hier nicht erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: not an IP address (expected a dotted quad such as 10.0.0.1 or an IPv6 address such as fd00::1)</source>
        <translation>&quot;%1&quot;: keine IP-Adresse (erwartet: Punktschreibweise wie 10.0.0.1 oder eine IPv6-Adresse wie fd00::1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot;: looks like address:port, a port is not allowed here</source>
        <translation>&quot;%1&quot;: sieht aus wie Adresse:Port, ein Port ist hier nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>portolan::IpRouteParser</name>
    <message>
        <location filename="../core/parse/iproute.cpp" line="+94"/>
        <source>negative metric</source>
        <translation>negative Metrik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a JSON array of routes</source>
        <translation>JSON-Array von Routen erwartet</translation>
    </message>
</context>
<context>
    <name>portolan::IpsetParser</name>
    <message>
        <location filename="../core/parse/ipset.cpp" line="+35"/>
        <source>create needs a set name and a type</source>
        <translation>create benötigt einen Set-Namen und einen Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad set type %1</source>
        <translation>ungültiger Set-Typ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set %1 created twice</source>
        <translation>Set %1 zweimal angelegt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add needs a set name and an element</source>
        <translation>add benötigt einen Set-Namen und ein Element</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element for unknown set %1</source>
        <translation>Element für unbekanntes Set %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected line %1</source>
        <translation>unerwartete Zeile %1</translation>
    </message>
</context>
<context>
    <name>portolan::IptablesEvaluator</name>
    <message>
        <location filename="../core/analysis/iptableschain.cpp" line="+90"/>
        <source>%1 %2 %3, line %4: %5 (%6)</source>
        <translation>%1 %2 %3, Zeile %4: %5 (%6)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the ruleset is too large to evaluate</source>
        <translation>der Regelsatz ist zu groß für die Auswertung</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../core/analysis/iptablesfork.cpp" line="+66"/>
        <source>cannot decide (%1)</source>
        <translation>nicht entscheidbar (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 leaves the decision to another program or socket</source>
        <translation>%1 überlässt die Entscheidung einem anderen Programm oder Socket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown target %1</source>
        <translation>unbekanntes Ziel %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chains nest too deep (a loop?)</source>
        <translation>Chains zu tief verschachtelt (eine Schleife?)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 %3: unknown policy %4</source>
        <translation>%1 %2 %3: unbekannte Policy %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesfork.cpp" line="-6"/>
        <source>cannot decide (%1); if it matches: %2</source>
        <translation>nicht entscheidbar (%1); falls zutreffend: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot decide (%1); the outcome is the same either way</source>
        <translation>nicht entscheidbar (%1); das Ergebnis ist in beiden Fällen gleich</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatch.cpp" line="+48"/>
        <location line="+6"/>
        <location filename="../core/analysis/iptablesmatchconntrack.cpp" line="+69"/>
        <location line="+35"/>
        <source>cannot read the address %1</source>
        <translation>die Adresse %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o (output interface) has no meaning on the inbound path</source>
        <translation>-o (Ausgangsschnittstelle) hat auf dem eingehenden Pfad keine Bedeutung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>-m %1 depends on traffic rates or counts</source>
        <translation>-m %1 hängt von Verkehrsraten oder Zählern ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-m recent depends on earlier packets of the source</source>
        <translation>-m recent hängt von früheren Paketen der Quelle ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-m %1 picks packets at random or by position</source>
        <translation>-m %1 wählt Pakete zufällig oder nach Position aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>-m %1 depends on packet contents or time Portolan does not know</source>
        <translation>-m %1 hängt von Paketinhalten oder Zeit ab, die Portolan nicht kennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-m physdev depends on the bridge port the packet came through</source>
        <translation>-m physdev hängt vom Bridge-Port ab, über den das Paket kam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-m %1 depends on kernel state Portolan does not collect</source>
        <translation>-m %1 hängt vom Kernelzustand ab, den Portolan nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-m %1 is not evaluated by Portolan</source>
        <translation>-m %1 wird von Portolan nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchaddress.cpp" line="+69"/>
        <source>the address type of %1 depends on routes</source>
        <translation>der Adresstyp von %1 hängt von den Routen ab</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the address type of sources depends on routes</source>
        <translation>der Adresstyp von Quellen hängt von den Routen ab</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--limit-iface-in: which interface holds %1 is not known</source>
        <translation>--limit-iface-in: welche Schnittstelle %1 hält, ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit-iface-out has no meaning on the inbound path</source>
        <translation>--limit-iface-out hat auf dem eingehenden Pfad keine Bedeutung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown address type %1</source>
        <translation>unbekannter Adresstyp %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of -m addrtype is not evaluated</source>
        <translation>%1 von -m addrtype wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the range %1</source>
        <translation>der Bereich %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of -m iprange is not evaluated</source>
        <translation>%1 von -m iprange wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of -m pkttype is not evaluated</source>
        <translation>%1 von -m pkttype wird nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchconntrack.cpp" line="-56"/>
        <source>unknown connection state %1</source>
        <translation>unbekannter Verbindungszustand %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the port %1</source>
        <translation>der Port %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../core/analysis/iptablesmatchports.cpp" line="+107"/>
        <source>%1 tests the source port, which the client picks</source>
        <translation>%1 prüft den Quellport, den der Client wählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of -m conntrack is not evaluated</source>
        <translation>%1 von -m conntrack wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the mark %1</source>
        <translation>die Markierung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of -m %2 is not evaluated</source>
        <translation>%1 von -m %2 wird nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchports.cpp" line="-35"/>
        <source>the TCP flag test depends on whether the client asks for ECN</source>
        <translation>der TCP-Flag-Test hängt davon ab, ob der Client ECN anfordert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read --tcp-flags %1</source>
        <translation>--tcp-flags %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>cannot read the port list %1</source>
        <translation>die Portliste %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--tcp-option depends on the options of the client&apos;s SYN</source>
        <translation>--tcp-option hängt von den Optionen des SYN des Clients ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option %1 of -m %2</source>
        <translation>unbekannte Option %1 von -m %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown option %1 of -m multiport</source>
        <translation>unbekannte Option %1 von -m multiport</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchset.cpp" line="+113"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>cannot read the ipset member %1</source>
        <translation>das ipset-Element %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the ipset tests the source port, which the client picks</source>
        <translation>das ipset prüft den Quellport, den der Client wählt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the ipset dimension %1 is not evaluated</source>
        <translation>die ipset-Dimension %1 wird nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ipset %1 was not collected</source>
        <translation>ipset %1 wurde nicht erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ipset %1 is a list of sets</source>
        <translation>ipset %1 ist eine Liste von Sets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ipset %1 has nomatch entries on two nets</source>
        <translation>ipset %1 hat nomatch-Einträge in zwei Netzen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of -m set is not evaluated</source>
        <translation>%1 von -m set wird nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesnat.cpp" line="+114"/>
        <source>%1 to %2 (forwarded, leaves this node)</source>
        <translation>%1 nach %2 (weitergeleitet, verlässt diesen Knoten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to loopback %2 from %3 reaches a socket only with route_localnet</source>
        <translation>%1 zu Loopback %2 von %3 erreicht einen Socket nur mit route_localnet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the DNAT destination %1</source>
        <translation>das DNAT-Ziel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNAT to %1 (forwarded, leaves this node)</source>
        <translation>DNAT nach %1 (weitergeleitet, verlässt diesen Knoten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DNAT picks one of %1 per connection, some of them local</source>
        <translation>DNAT wählt pro Verbindung eines von %1, teils lokal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNAT picks one port of %1 per connection</source>
        <translation>DNAT wählt pro Verbindung einen Port aus %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the REDIRECT ports %1</source>
        <translation>die REDIRECT-Ports %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REDIRECT picks one port of %1 per connection</source>
        <translation>REDIRECT wählt pro Verbindung einen Port aus %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the NETMAP prefix %1</source>
        <translation>das NETMAP-Präfix %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablestarget.cpp" line="+93"/>
        <source>CONNMARK (no connection to mark)</source>
        <translation>CONNMARK (keine Verbindung zu markieren)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the CONNMARK options</source>
        <translation>die CONNMARK-Optionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONNMARK: mark %1, connmark %2</source>
        <translation>CONNMARK: Markierung %1, Connmark %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot read the MARK options</source>
        <translation>die MARK-Optionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARK: mark %1</source>
        <translation>MARK: Markierung %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOTRACK (no connection tracking, no NAT)</source>
        <translation>NOTRACK (kein Connection Tracking, kein NAT)</translation>
    </message>
</context>
<context>
    <name>portolan::IptablesRuleParser</name>
    <message>
        <location filename="../core/parse/iptablesrule.cpp" line="+59"/>
        <source>the rule is empty</source>
        <translation>die Regel ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected -A, found %1</source>
        <translation>-A erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-A without a chain</source>
        <translation>-A ohne Chain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;!&apos; at the end of the rule</source>
        <translation>&apos;!&apos; am Ende der Regel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 needs an argument</source>
        <translation>%1 benötigt ein Argument</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>two &apos;!&apos; in a row</source>
        <translation>zwei &apos;!&apos; hintereinander</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected word %1</source>
        <translation>unerwartetes Wort %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;!&apos; before -m</source>
        <translation>&apos;!&apos; vor -m</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;!&apos; before %1</source>
        <translation>&apos;!&apos; vor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second target</source>
        <translation>ein zweites Ziel</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>portolan::IptablesSaveParser</name>
    <message>
        <location filename="../core/parse/iptablessave.cpp" line="+47"/>
        <source>unexpected line %1</source>
        <translation>unerwartete Zeile %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table %1 has no COMMIT (truncated output?)</source>
        <translation>Tabelle %1 hat kein COMMIT (abgeschnittene Ausgabe?)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>table %1 starts before table %2 was committed</source>
        <translation>Tabelle %1 beginnt, bevor Tabelle %2 mit COMMIT abgeschlossen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad table name %1</source>
        <translation>ungültiger Tabellenname %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 appears twice</source>
        <translation>Tabelle %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chain or rule outside a table</source>
        <translation>Chain oder Regel außerhalb einer Tabelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bad chain line %1</source>
        <translation>ungültige Chain-Zeile %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown policy %1</source>
        <translation>unbekannte Policy %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chain %1 declared twice</source>
        <translation>Chain %1 zweimal deklariert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule for undeclared chain %1</source>
        <translation>Regel für nicht deklarierte Chain %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COMMIT outside a table</source>
        <translation>COMMIT außerhalb einer Tabelle</translation>
    </message>
</context>
<context>
    <name>portolan::JsonFields</name>
    <message>
        <location filename="../core/model/jsonfields.cpp" line="+60"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a 64-bit integer</source>
        <translation>64-Bit-Ganzzahl erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a 32-bit integer</source>
        <translation>32-Bit-Ganzzahl erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an integer %1-%2</source>
        <translation>Ganzzahl %1-%2 erwartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Wert &quot;%1&quot; (erwartet eines von: %2)</translation>
    </message>
</context>
<context>
    <name>portolan::JsonInput</name>
    <message>
        <location filename="../core/parse/jsoninput.cpp" line="-24"/>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>integer out of range</source>
        <translation>Ganzzahl außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an integer</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a string or an array of strings</source>
        <translation>Zeichenkette oder Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
</context>
<context>
    <name>portolan::JumpTunnel</name>
    <message>
        <location filename="../core/collect/jumptunnel.cpp" line="+49"/>
        <source>cannot create a local socket pair for the jump host: %1</source>
        <translation>lokales Socket-Paar für den Jump-Host kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>portolan::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+35"/>
        <location line="+221"/>
        <source>Portolan</source>
        <translation>Portolan</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+121"/>
        <source>Open a database or import a snapshot to start an audit review.</source>
        <translation>Datenbank öffnen oder Snapshot importieren, um eine Prüfung auszuwerten.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Snapshot…</source>
        <translation>Snapshot &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Portolan</source>
        <translation>Ü&amp;ber Portolan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Portolan — %1</source>
        <translation>Portolan — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This database holds no audit yet. Run portolan-cli collect, or import a snapshot.</source>
        <translation>Diese Datenbank enthält noch keine Prüfung. portolan-cli collect ausführen oder einen Snapshot importieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Findings (%n, risk %1/100)</source>
        <translation>
            <numerusform>Befund (%n, Risiko %1/100)</numerusform>
            <numerusform>Befunde (%n, Risiko %1/100)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Portolan Database</source>
        <translation>Portolan-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portolan databases (*.db *.sqlite);;All files (*)</source>
        <translation>Portolan-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a database first: an imported snapshot is stored in it.</source>
        <translation>Zuerst eine Datenbank öffnen: ein importierter Snapshot wird darin gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Snapshot</source>
        <translation>Snapshot importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portolan snapshots (*.json)</source>
        <translation>Portolan-Snapshots (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Portolan</source>
        <translation>Über Portolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Audits the network exposure of Ray clusters: who can reach the dashboard, the GCS, the client server and the other Ray ports, rule by rule.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Prüft die Netzwerkexposition von Ray-Clustern: wer das Dashboard, den GCS, den Client-Server und die übrigen Ray-Ports erreichen kann, Regel für Regel.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>portolan::NftEvaluator</name>
    <message>
        <location filename="../core/analysis/nftchainwalk.cpp" line="+67"/>
        <source>the ruleset is too large to follow</source>
        <translation>der Regelsatz ist zu groß, um ihm zu folgen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the rule&apos;s JSON cannot be read</source>
        <translation>das JSON der Regel kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a statement cannot be read</source>
        <translation>eine Anweisung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 depends on the rate of earlier packets</source>
        <translation>%1 hängt von der Rate früherer Pakete ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 depends on earlier traffic</source>
        <translation>%1 hängt von früherem Verkehr ab</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the statement &quot;%1&quot; is not followed by the evaluator</source>
        <translation>der Auswerter folgt der Anweisung &quot;%1&quot; nicht</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: no such chain in the table</source>
        <translation>%1: keine solche Chain in der Tabelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: chains nest too deeply</source>
        <translation>%1: Chains zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+34"/>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>too many undecidable rules to explore</source>
        <translation>zu viele nicht entscheidbare Regeln zum Durchsuchen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>nft %1 %2, chain %3: %4</source>
        <translation>nft %1 %2, Chain %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nft %1 %2, chain %3, handle %4 (%5): %6</source>
        <translation>nft %1 %2, Chain %3, Handle %4 (%5): %6</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftevaluator.cpp" line="+102"/>
        <source>%1 applies to packets arriving on %2, and the query does not say which interface the packet arrives on</source>
        <translation>%1 gilt für Pakete, die auf %2 ankommen, und die Abfrage gibt nicht an, auf welcher Schnittstelle das Paket ankommt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an ingress chain whose device is not known</source>
        <translation>%1 ist eine Ingress-Chain, deren Gerät nicht bekannt ist</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftlookup.cpp" line="+126"/>
        <source>the set @%1 is not in table %2 %3</source>
        <translation>das Set @%1 ist nicht in Tabelle %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rules add elements to the set @%1 at run time, so its contents depend on earlier traffic</source>
        <translation>Regeln fügen dem Set @%1 zur Laufzeit Elemente hinzu, sein Inhalt hängt also von früherem Verkehr ab</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>cannot compare with the element %1</source>
        <translation>Vergleich mit dem Element %1 nicht möglich</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftmatch.cpp" line="+92"/>
        <source>cannot compare with %1 %2</source>
        <translation>Vergleich mit %1 %2 nicht möglich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown flags %1</source>
        <translation>unbekannte Flags %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the operator &quot;%1&quot; is not supported here</source>
        <translation>der Operator &quot;%1&quot; wird hier nicht unterstützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not set on the inbound path: older kernels never match it, newer ones compare it as empty</source>
        <translation>%1 ist auf dem eingehenden Pfad nicht gesetzt: ältere Kernel treffen es nie, neuere vergleichen es als leer</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+39"/>
        <source>%1 cannot be evaluated as a value</source>
        <translation>%1 kann nicht als Wert ausgewertet werden</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftoperand.cpp" line="+19"/>
        <source>%1 cannot be decided for an inbound packet</source>
        <translation>%1 ist für ein eingehendes Paket nicht entscheidbar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the query does not say which interface the packet arrives on</source>
        <translation>%1: die Abfrage gibt nicht an, auf welcher Schnittstelle das Paket ankommt</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 in a chain at conntrack&apos;s own priority (-200): whether conntrack ran first is not defined</source>
        <translation>%1 in einer Chain mit der Priorität von conntrack selbst (-200): ob conntrack zuerst lief, ist nicht definiert</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftwalkactions.cpp" line="+83"/>
        <source>the verdict %1 is not known</source>
        <translation>das Verdict %1 ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>redirect sends the packet to the first address of the arrival interface, which the query does not give</source>
        <translation>redirect sendet das Paket an die erste Adresse der Eingangsschnittstelle, die die Abfrage nicht angibt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>redirect to a port range</source>
        <translation>redirect auf einen Portbereich</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>dnat to a port range</source>
        <translation>dnat auf einen Portbereich</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>dnat to %1 (several addresses or a prefix)</source>
        <translation>dnat nach %1 (mehrere Adressen oder ein Präfix)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: not an address of this node, so the packet is forwarded and never reaches a local socket</source>
        <translation>%1: keine Adresse dieses Knotens, daher wird das Paket weitergeleitet und erreicht nie einen lokalen Socket</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is rewritten without conntrack (stateless NAT), which the evaluator does not follow</source>
        <translation>%1 wird ohne conntrack umgeschrieben (zustandsloses NAT), dem der Auswerter nicht folgt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the mark value cannot be evaluated</source>
        <translation>der Markierungswert kann nicht ausgewertet werden</translation>
    </message>
</context>
<context>
    <name>portolan::NftJsonParser</name>
    <message>
        <location filename="../core/parse/nftjson.cpp" line="+41"/>
        <source>priority out of range</source>
        <translation>Priorität außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a map without a data type</source>
        <translation>eine Map ohne Datentyp</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>missing (not the output of nft -j?)</source>
        <translation>fehlt (nicht die Ausgabe von nft -j?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected an object with one key</source>
        <translation>%1: Objekt mit genau einem Schlüssel erwartet</translation>
    </message>
</context>
<context>
    <name>portolan::NodeBuilder</name>
    <message>
        <location filename="../core/collect/nodebuilder.cpp" line="+45"/>
        <source>%1: unreadable output: %2</source>
        <translation>%1: unlesbare Ausgabe: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>ss: %n listening socket(s) without an owning process (ss shows other users&apos; processes only as root; set sudo: true)</source>
        <translation>
            <numerusform>ss: %n lauschender Socket ohne zugehörigen Prozess (ss zeigt Prozesse anderer Benutzer nur als root; sudo: true setzen)</numerusform>
            <numerusform>ss: %n lauschende Sockets ohne zugehörigen Prozess (ss zeigt Prozesse anderer Benutzer nur als root; sudo: true setzen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::NodeCollector</name>
    <message>
        <location filename="../core/collect/nodecollector.cpp" line="+64"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (jump host %2)</source>
        <translation>%1 (Jump-Host %2)</translation>
    </message>
</context>
<context>
    <name>portolan::NodeTableModel</name>
    <message>
        <location filename="../ui/models/nodetablemodel.cpp" line="+38"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not verified</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed (legacy and nf_tables)</source>
        <translation>Gemischt (legacy und nf_tables)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH target</source>
        <translation>SSH-Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening</source>
        <translation>Lauschend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>portolan::OsReleaseParser</name>
    <message>
        <location filename="../core/parse/osrelease.cpp" line="+29"/>
        <source>quote not closed</source>
        <translation>Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected KEY=VALUE, found %1</source>
        <translation>SCHLÜSSEL=WERT erwartet, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>portolan::PacketPath</name>
    <message>
        <location filename="../core/analysis/packetpath.cpp" line="+71"/>
        <source>the firewall of the node could not be determined</source>
        <translation>die Firewall des Knotens konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the firewall of the node could not be read: %1</source>
        <translation>die Firewall des Knotens konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 could not decide</source>
        <translation>%1 konnte nicht entscheiden</translation>
    </message>
</context>
<context>
    <name>portolan::ParseError</name>
    <message>
        <location filename="../core/parse/parseerror.cpp" line="+18"/>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>portolan::Prefix</name>
    <message>
        <location filename="../core/model/address.cpp" line="+181"/>
        <source>&quot;%1&quot;: more than one &apos;/&apos;</source>
        <translation>&quot;%1&quot;: mehr als ein &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: missing address before &apos;/&apos;</source>
        <translation>&quot;%1&quot;: Adresse vor &apos;/&apos; fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: missing prefix length after &apos;/&apos;</source>
        <translation>&quot;%1&quot;: Präfixlänge nach &apos;/&apos; fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: prefix length &quot;%2&quot; is not a number</source>
        <translation>&quot;%1&quot;: Präfixlänge &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: prefix length %2 is out of range for IPv4 (0 to 32)</source>
        <translation>&quot;%1&quot;: Präfixlänge %2 liegt für IPv4 außerhalb des gültigen Bereichs (0 bis 32)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: prefix length %2 is out of range for IPv6 (0 to 128)</source>
        <translation>&quot;%1&quot;: Präfixlänge %2 liegt für IPv6 außerhalb des gültigen Bereichs (0 bis 128)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: host bits are set (the network is %2)</source>
        <translation>&quot;%1&quot;: Host-Bits sind gesetzt (das Netz ist %2)</translation>
    </message>
</context>
<context>
    <name>portolan::PsParser</name>
    <message>
        <location filename="../core/parse/ps.cpp" line="+30"/>
        <source>%1 is not a number: %2</source>
        <translation>%1 ist keine Zahl: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected pid, ppid, user and arguments, found %1</source>
        <translation>PID, PPID, Benutzer und Argumente erwartet, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>portolan::RayComponent</name>
    <message>
        <location filename="../core/analysis/rayservice.cpp" line="+22"/>
        <source>Ray dashboard</source>
        <translation>Ray-Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs API runs arbitrary code without authentication (CVE-2023-48022, ShadowRay); logs and cluster state are readable.</source>
        <translation>Die Jobs-API führt beliebigen Code ohne Authentifizierung aus (CVE-2023-48022, ShadowRay); Logs und Clusterzustand sind lesbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ray GCS</source>
        <translation>Ray-GCS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster control plane: whoever reaches it can register nodes, schedule tasks and actors (code execution) and read cluster metadata.</source>
        <translation>Steuerungsebene des Clusters: Wer sie erreicht, kann Knoten registrieren, Tasks und Actors einplanen (Codeausführung) und Cluster-Metadaten lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray Client server</source>
        <translation>Ray-Client-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ray.init(&quot;ray://...&quot;) from anywhere: runs arbitrary code on the cluster as a driver.</source>
        <translation>ray.init(&quot;ray://...&quot;) von überall: führt als Driver beliebigen Code auf dem Cluster aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray raylet (node manager)</source>
        <translation>Ray-Raylet (Node Manager)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node manager gRPC: leases workers and starts tasks on this node (code execution, denial of service).</source>
        <translation>Node-Manager-gRPC: vergibt Worker und startet Tasks auf diesem Knoten (Codeausführung, Denial of Service).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray object manager</source>
        <translation>Ray-Object-Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object transfer between nodes: read or inject objects of running jobs (data theft, tampering).</source>
        <translation>Objekttransfer zwischen Knoten: Objekte laufender Jobs lesen oder einschleusen (Datendiebstahl, Manipulation).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray dashboard agent</source>
        <translation>Ray-Dashboard-Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-node agent (HTTP and gRPC): job submission, logs and process details of this node.</source>
        <translation>Agent pro Knoten (HTTP und gRPC): Job-Übermittlung, Logs und Prozessdetails dieses Knotens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray metrics</source>
        <translation>Ray-Metriken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus metrics: leaks job, actor and resource details for reconnaissance.</source>
        <translation>Prometheus-Metriken: verraten Details zu Jobs, Actors und Ressourcen für die Aufklärung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray runtime env agent</source>
        <translation>Ray-Runtime-Env-Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates runtime environments (pip packages, working dirs): installs attacker-chosen code on the node.</source>
        <translation>Erstellt Laufzeitumgebungen (pip-Pakete, Arbeitsverzeichnisse): installiert vom Angreifer gewählten Code auf dem Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray Serve HTTP</source>
        <translation>Ray Serve HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served applications over HTTP: whatever the deployed models and endpoints allow, unauthenticated by default.</source>
        <translation>Die bereitgestellten Anwendungen über HTTP: alles, was die eingesetzten Modelle und Endpunkte erlauben, standardmäßig ohne Authentifizierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray Serve gRPC</source>
        <translation>Ray Serve gRPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served applications over gRPC: whatever the deployed models and endpoints allow, unauthenticated by default.</source>
        <translation>Die bereitgestellten Anwendungen über gRPC: alles, was die eingesetzten Modelle und Endpunkte erlauben, standardmäßig ohne Authentifizierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ray worker</source>
        <translation>Ray-Worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core worker gRPC of tasks and actors: push tasks or read objects of running jobs (code execution, data theft).</source>
        <translation>Core-Worker-gRPC von Tasks und Actors: Tasks einschleusen oder Objekte laufender Jobs lesen (Codeausführung, Datendiebstahl).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ray&apos;s external GCS store: read or rewrite cluster state; old Ray used the public default password 5241590000000000.</source>
        <translation>Externer GCS-Speicher von Ray: Clusterzustand lesen oder umschreiben; ältere Ray-Versionen nutzten das öffentlich bekannte Standardpasswort 5241590000000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote login: a shell on the node for anyone with valid credentials.</source>
        <translation>Fernanmeldung: eine Shell auf dem Knoten für jeden mit gültigen Zugangsdaten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other service</source>
        <translation>Anderer Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a recognized Ray service: its impact depends on the program.</source>
        <translation>Kein erkannter Ray-Dienst: die Auswirkung hängt vom Programm ab.</translation>
    </message>
</context>
<context>
    <name>portolan::RayNodeFacts</name>
    <message>
        <location filename="../core/analysis/raynodefacts.cpp" line="+64"/>
        <source>The Ray processes show a %1 node, but the collected role is %2.</source>
        <translation>Die Ray-Prozesse zeigen einen %1-Knoten, die erfasste Rolle ist jedoch %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The inventory declares a %1 node, but Ray runs as a %2 node.</source>
        <translation>Das Inventar deklariert einen %1-Knoten, Ray läuft jedoch als %2-Knoten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>RAY_USE_TLS is inconsistent: on for processes %1, off for %2.</source>
        <translation>RAY_USE_TLS ist uneinheitlich: an für Prozesse %1, aus für %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RAY_AUTH_MODE=token is configured but version too old: Ray %1 has no token authentication (it needs %2 or newer).</source>
        <translation>RAY_AUTH_MODE=token ist konfiguriert, aber die Version ist zu alt: Ray %1 hat keine Token-Authentifizierung (benötigt %2 oder neuer).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAY_AUTH_MODE=token is configured, but the Ray version is unknown: token authentication needs Ray %1 or newer.</source>
        <translation>RAY_AUTH_MODE=token ist konfiguriert, aber die Ray-Version ist unbekannt: Token-Authentifizierung benötigt Ray %1 oder neuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAY_AUTH_MODE=token is inconsistent: set for processes %1, not for %2.</source>
        <translation>RAY_AUTH_MODE=token ist uneinheitlich: gesetzt für Prozesse %1, nicht für %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ray processes name different node IP addresses: %1.</source>
        <translation>Ray-Prozesse nennen unterschiedliche Knoten-IP-Adressen: %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ray runs, but its version is unknown.</source>
        <translation>Ray läuft, aber seine Version ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>portolan::RayRecognition</name>
    <message>
        <location filename="../core/analysis/rayownerrules.cpp" line="+74"/>
        <source>%1 %2=%3</source>
        <comment>evidence: program, option, port</comment>
        <translation>%1 %2=%3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 on the autoscaler metrics port %2</source>
        <translation>%1 auf dem Autoscaler-Metrik-Port %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on the dashboard metrics port %2</source>
        <translation>%1 auf dem Dashboard-Metrik-Port %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>title %1 (workers use random ports on this node)</source>
        <translation>Titel %1 (Worker nutzen zufällige Ports auf diesem Knoten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title %1 in the worker port range %2</source>
        <translation>Titel %1 im Worker-Portbereich %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title %1 outside the worker port range %2 (a server opened by a task or actor)</source>
        <translation>Titel %1 außerhalb des Worker-Portbereichs %2 (ein von einem Task oder Actor geöffneter Server)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>title %1 on the Serve HTTP port %2</source>
        <translation>Titel %1 auf dem Serve-HTTP-Port %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title %1 on the Serve gRPC port %2</source>
        <translation>Titel %1 auf dem Serve-gRPC-Port %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title %1 outside the worker ports: a custom Serve proxy port (HTTP assumed)</source>
        <translation>Titel %1 außerhalb der Worker-Ports: ein eigener Serve-Proxy-Port (HTTP angenommen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>owned by %1 on a port none of its options name</source>
        <translation>gehört %1 auf einem Port, den keine seiner Optionen nennt</translation>
    </message>
    <message>
        <location filename="../core/analysis/rayportrules.cpp" line="+60"/>
        <source>no owning process visible</source>
        <translation>kein zugehöriger Prozess sichtbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by %1</source>
        <translation>gehört %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>session port file %1</source>
        <translation>Sitzungs-Portdatei %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default port %1 (%2)</source>
        <translation>Standardport %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port in the worker port range %1 (%2)</source>
        <translation>Port im Worker-Portbereich %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/analysis/rayrecognition.cpp" line="+117"/>
        <source>no rule matches port %1 of %2</source>
        <translation>keine Regel passt auf Port %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule matches port %1 (no owning process visible)</source>
        <translation>keine Regel passt auf Port %1 (kein zugehöriger Prozess sichtbar)</translation>
    </message>
</context>
<context>
    <name>portolan::RaySessionParser</name>
    <message>
        <location filename="../core/parse/raysession.cpp" line="+32"/>
        <source>port %1 out of range</source>
        <translation>Port %1 außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not a port number: %1</source>
        <translation>keine Portnummer: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ports_by_node.json is not an object</source>
        <translation>ports_by_node.json ist kein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ports_by_node.json: node %1 holds no object</source>
        <translation>ports_by_node.json: Knoten %1 enthält kein Objekt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ports_by_node.json: %1 is not a number</source>
        <translation>ports_by_node.json: %1 ist keine Zahl</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>empty session path</source>
        <translation>leerer Sitzungspfad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected line %1</source>
        <translation>unerwartete Zeile %1</translation>
    </message>
</context>
<context>
    <name>portolan::RayVersionParser</name>
    <message>
        <location filename="../core/parse/rayversion.cpp" line="+74"/>
        <source>bad package line %1</source>
        <translation>ungültige Paketzeile %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>version line before any package line</source>
        <translation>Versionszeile vor jeder Paketzeile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>bad dist-info name %1</source>
        <translation>ungültiger dist-info-Name %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected line %1</source>
        <translation>unerwartete Zeile %1</translation>
    </message>
</context>
<context>
    <name>portolan::RayVulnerabilities</name>
    <message>
        <location filename="../core/analysis/rayvulnerabilities.cpp" line="+35"/>
        <source>ShadowRay: the Jobs API (POST /api/jobs/) runs arbitrary code without authentication</source>
        <translation>ShadowRay: Die Jobs-API (POST /api/jobs/) führt beliebigen Code ohne Authentifizierung aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed by the vendor and fixed by no release: Ray relies on the network to keep it out of reach. Mitigate with token authentication (RAY_AUTH_MODE=token, Ray %1 or newer) and by isolating the dashboard, Jobs API and Client ports.</source>
        <translation>Vom Hersteller bestritten und in keinem Release behoben: Ray verlässt sich darauf, dass das Netzwerk es unerreichbar hält. Abhilfe durch Token-Authentifizierung (RAY_AUTH_MODE=token, Ray %1 oder neuer) und Isolierung der Dashboard-, Jobs-API- und Client-Ports.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command injection through the format parameter of the dashboard&apos;s cpu_profile endpoint</source>
        <translation>Befehlsinjektion über den Parameter format des cpu_profile-Endpunkts des Dashboards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthenticated code execution on the dashboard host.</source>
        <translation>Codeausführung ohne Authentifizierung auf dem Dashboard-Host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbitrary file read through path traversal under /static/</source>
        <translation>Lesen beliebiger Dateien durch Path Traversal unter /static/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unauthenticated file read on the dashboard host.</source>
        <translation>Lesen von Dateien ohne Authentifizierung auf dem Dashboard-Host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbitrary file read through /api/v0/logs/file?filename=../..</source>
        <translation>Lesen beliebiger Dateien über /api/v0/logs/file?filename=../..</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unauthenticated file read on any node through the logs API.</source>
        <translation>Lesen von Dateien ohne Authentifizierung auf jedem Knoten über die Logs-API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server-side request forgery through the dashboard&apos;s /log_proxy</source>
        <translation>Server-Side Request Forgery über /log_proxy des Dashboards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed by the vendor; the fixing release is not confirmed.</source>
        <translation>Vom Hersteller bestritten; das behebende Release ist nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Redis password is written to the logs</source>
        <translation>Das Redis-Passwort wird in die Logs geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can read the logs (e.g. through the dashboard) learns the password.</source>
        <translation>Wer die Logs lesen kann (z. B. über das Dashboard), erfährt das Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser check bypass (User-Agent, DNS rebinding) reaches the Jobs API</source>
        <translation>Umgehung der Browserprüfung (User-Agent, DNS-Rebinding) erreicht die Jobs-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web page the operator visits can run code on the cluster.</source>
        <translation>Eine Webseite, die der Betreiber besucht, kann Code auf dem Cluster ausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthenticated DELETE requests shut down Serve applications and delete jobs</source>
        <translation>Nicht authentifizierte DELETE-Anfragen beenden Serve-Anwendungen und löschen Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denial of service without authentication.</source>
        <translation>Denial of Service ohne Authentifizierung.</translation>
    </message>
</context>
<context>
    <name>portolan::RuleChecks</name>
    <message>
        <location filename="../core/analysis/rulechecks.cpp" line="+138"/>
        <source>Firewall rules admit anyone to Ray ports</source>
        <translation>Firewall-Regeln lassen jeden an Ray-Ports zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule set itself opens Ray to every source: whatever the zones, a single reachable address exposes the cluster.</source>
        <translation>Der Regelsatz selbst öffnet Ray für jede Quelle: unabhängig von den Zonen exponiert eine einzige erreichbare Adresse den Cluster.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: chain INPUT has policy ACCEPT and no rule that drops or rejects</source>
        <translation>%1 %2: Chain INPUT hat Policy ACCEPT und keine Regel, die verwirft oder ablehnt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 line %3: %4 (admits port %5 from anywhere)</source>
        <translation>%1 %2 Zeile %3: %4 (lässt Port %5 von überall zu)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace each ACCEPT from anywhere with ACCEPTs from the cluster&apos;s networks, and end INPUT with a DROP policy.</source>
        <translation>Jedes ACCEPT von überall durch ACCEPTs aus den Netzen des Clusters ersetzen und INPUT mit einer DROP-Policy abschließen.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>nft %1 %2 %3 handle %4: %5 (admits port %6 from anywhere)</source>
        <translation>nft %1 %2 %3 Handle %4: %5 (lässt Port %6 von überall zu)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Firewall rules that can never match</source>
        <translation>Firewall-Regeln, die nie greifen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead rules hide intent: an allow or deny that never applies often means the firewall does not do what its author believes.</source>
        <translation>Tote Regeln verschleiern die Absicht: Ein Allow oder Deny, das nie greift, bedeutet oft, dass die Firewall nicht tut, was ihr Autor glaubt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 line %3: %4 — never matches, decided earlier by %5</source>
        <translation>%1 %2 Zeile %3: %4 — greift nie, bereits entschieden durch %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move each shadowed rule before the rules that decide its packets, or delete it.</source>
        <translation>Jede verdeckte Regel vor die Regeln verschieben, die über ihre Pakete entscheiden, oder sie löschen.</translation>
    </message>
</context>
<context>
    <name>portolan::Schema</name>
    <message>
        <location filename="../core/store/schema.cpp" line="+284"/>
        <source>%1: not a Portolan database (%2)</source>
        <translation>%1: keine Portolan-Datenbank (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>application id 0x%1</source>
        <translation>Anwendungs-ID 0x%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Portolan application id</source>
        <translation>keine Portolan-Anwendungs-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer Portolan (schema %2, this build knows %3)</source>
        <translation>%1 wurde von einem neueren Portolan geschrieben (Schema %2, dieser Build kennt %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no schema version</source>
        <translation>keine Schemaversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no snapshots table</source>
        <translation>keine Tabelle snapshots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database file is corrupt (%2)</source>
        <translation>%1: die Datenbankdatei ist beschädigt (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: not a SQLite database (is it the right file?)</source>
        <translation>%1: keine SQLite-Datenbank (ist es die richtige Datei?)</translation>
    </message>
</context>
<context>
    <name>portolan::SingleLineParser</name>
    <message>
        <location filename="../core/parse/singleline.cpp" line="+27"/>
        <source>expected one line, found more</source>
        <translation>eine Zeile erwartet, mehr gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty output</source>
        <translation>leere Ausgabe</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotJson</name>
    <message>
        <location filename="../core/model/snapshotjson.cpp" line="+280"/>
        <source>invalid address &quot;%1&quot;: %2</source>
        <translation>ungültige Adresse &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid prefix &quot;%1&quot;: %2</source>
        <translation>ungültiges Präfix &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an ISO-8601 UTC time such as 2026-11-30T09:15:00.123Z, got &quot;%1&quot;</source>
        <translation>ISO-8601-UTC-Zeit wie 2026-11-30T09:15:00.123Z erwartet, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a string or an object {&quot;base64&quot;: &quot;...&quot;}</source>
        <translation>Zeichenkette oder Objekt {&quot;base64&quot;: &quot;...&quot;} erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid base64 data</source>
        <translation>ungültige base64-Daten</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>not a Portolan snapshot document (expected a JSON object)</source>
        <translation>kein Portolan-Snapshot-Dokument (JSON-Objekt erwartet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Portolan snapshot document (expected &quot;%1&quot;, got %2)</source>
        <translation>kein Portolan-Snapshot-Dokument (&quot;%1&quot; erwartet, erhalten: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an integer</source>
        <translation>Ganzzahl erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format version %1 is newer than this Portolan supports (%2); use a newer Portolan</source>
        <translation>Formatversion %1 ist neuer, als dieses Portolan unterstützt (%2); ein neueres Portolan verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>malformed JSON at byte %1: %2</source>
        <translation>fehlerhaftes JSON bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotListModel</name>
    <message>
        <location filename="../ui/models/snapshotlistmodel.cpp" line="+78"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotStore</name>
    <message>
        <location filename="../core/store/snapshotstore.cpp" line="+24"/>
        <source>%1: no such database</source>
        <translation>%1: Datenbank existiert nicht</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+34"/>
        <source>%1: no snapshot with id %2</source>
        <translation>%1: kein Snapshot mit ID %2</translation>
    </message>
</context>
<context>
    <name>portolan::SqliteDatabase</name>
    <message>
        <location filename="../core/store/sqlite.cpp" line="+58"/>
        <source>cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot execute &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot; kann nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot prepare &quot;%1&quot;</source>
        <translation>&quot;%1&quot; kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected exactly one statement</source>
        <translation>genau eine Anweisung erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot prepare &quot;%2&quot;: %3</source>
        <translation>%1: &quot;%2&quot; kann nicht vorbereitet werden: %3</translation>
    </message>
</context>
<context>
    <name>portolan::SqliteStatement</name>
    <message>
        <location line="+70"/>
        <source>cannot bind parameter %1 of &quot;%2&quot;</source>
        <translation>Parameter %1 von &quot;%2&quot; kann nicht gebunden werden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot run &quot;%1&quot;</source>
        <translation>&quot;%1&quot; kann nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>portolan::SsParser</name>
    <message>
        <location filename="../core/parse/ss.cpp" line="+86"/>
        <source>bad local address %1: %2</source>
        <translation>ungültige lokale Adresse %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no port</source>
        <translation>kein Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port is not a number from 0 to 65535</source>
        <translation>Port ist keine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty interface after &apos;%&apos;</source>
        <translation>leere Schnittstelle nach &apos;%&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>brackets around an IPv4 address</source>
        <translation>Klammern um eine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>malformed process column %1</source>
        <translation>fehlerhafte Prozessspalte %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>expected at least %1 columns, found %2</source>
        <translation>mindestens %1 Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected netid %1</source>
        <translation>unerwartete Netid %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown state %1</source>
        <translation>unbekannter Zustand %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recv-Q and Send-Q must be numbers, found %1 and %2</source>
        <translation>Recv-Q und Send-Q müssen Zahlen sein, gefunden: %1 und %2</translation>
    </message>
</context>
<context>
    <name>portolan::SshSession</name>
    <message>
        <location filename="../core/collect/sshsession.cpp" line="+131"/>
        <source>%1: cannot create an SSH session (out of memory)</source>
        <translation>%1: SSH-Sitzung kann nicht angelegt werden (kein Speicher)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: cannot read SSH config %2: %3</source>
        <translation>%1: SSH-Konfiguration %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: connection to %2 timed out after %3 s</source>
        <translation>%1: Zeitüberschreitung der Verbindung zu %2 nach %3 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot connect to %2: %3</source>
        <translation>%1: keine Verbindung zu %2 möglich: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the server sent no host key: %2</source>
        <translation>%1: der Server hat keinen Host-Schlüssel gesendet: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unreadable)</source>
        <translation>(unlesbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: HOST KEY CHANGED for %2 — refusing to connect. %3 records %4, the server presented %5. This can be a man-in-the-middle attack; if the host was really re-installed, remove the old entry first.</source>
        <translation>%1: HOST-SCHLÜSSEL GEÄNDERT für %2 — Verbindung verweigert. %3 enthält %4, der Server präsentierte %5. Dies kann ein Man-in-the-Middle-Angriff sein; wurde der Host tatsächlich neu installiert, zuerst den alten Eintrag entfernen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown host key for %2 (%3), not in %4; refused under host-key policy %5</source>
        <translation>%1: unbekannter Host-Schlüssel für %2 (%3), nicht in %4; abgelehnt gemäß Host-Key-Policy %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot record the host key in %2: %3</source>
        <translation>%1: Host-Schlüssel kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot check the host key against %2: %3</source>
        <translation>%1: Host-Schlüssel kann nicht mit %2 abgeglichen werden: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IdentityFile of the SSH config and the default keys</source>
        <translation>IdentityFile der SSH-Konfiguration und die Standardschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a default key</source>
        <translation>ein Standardschlüssel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: authentication error: %2</source>
        <translation>%1: Authentifizierungsfehler: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: authentication failed for %2 (tried: %3)</source>
        <translation>%1: Authentifizierung für %2 fehlgeschlagen (versucht: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable method</source>
        <translation>keine verwendbare Methode</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: cannot open a channel: %2</source>
        <translation>%1: Kanal kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot run %2: %3</source>
        <translation>%1: %2 kann nicht ausgeführt werden: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: connection lost while running %2: %3</source>
        <translation>%1: Verbindung während der Ausführung von %2 verloren: %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: the jump host cannot reach %2:%3: %4</source>
        <translation>%1: der Jump-Host kann %2:%3 nicht erreichen: %4</translation>
    </message>
</context>
<context>
    <name>portolan::TextLines</name>
    <message>
        <location filename="../core/parse/textlines.cpp" line="+27"/>
        <source>binary data (a NUL byte) where text was expected</source>
        <translation>Binärdaten (ein NUL-Byte), wo Text erwartet wurde</translation>
    </message>
</context>
<context>
    <name>portolan::Zones</name>
    <message>
        <location filename="../core/analysis/zone.cpp" line="+41"/>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a prefix: %2</source>
        <translation>&quot;%1&quot; ist kein Präfix: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; starts or ends with a space</source>
        <translation>&quot;%1&quot; beginnt oder endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the file is larger than %1 MiB, too large for a zones file</source>
        <translation>die Datei ist größer als %1 MiB, zu groß für eine Zonendatei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no zones: define at least one</source>
        <translation>keine Zonen: mindestens eine definieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>duplicate zone name &quot;%1&quot; (also zones[%2])</source>
        <translation>doppelter Zonenname &quot;%1&quot; (auch zones[%2])</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read the zones file: it is a directory</source>
        <translation>%1: Zonendatei kann nicht gelesen werden: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: cannot read the zones file: %2</source>
        <translation>%1: Zonendatei kann nicht gelesen werden: %2</translation>
    </message>
</context>
</TS>
