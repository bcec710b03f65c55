<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/parse/jsoninput.cpp" line="+71"/>
        <source>binary data (a NUL byte) where JSON was expected</source>
        <translation>données binaires (un octet NUL) là où du JSON était attendu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON ends too early (truncated output?)</source>
        <translation>le JSON se termine trop tôt (sortie tronquée ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed JSON at column %1</source>
        <translation>JSON mal formé à la colonne %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+28"/>
        <source>Audits the network exposure of Ray clusters.</source>
        <translation>Audite l&apos;exposition réseau des clusters Ray.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the snapshot database &lt;file&gt;.</source>
        <translation>Ouvrir la base de données de snapshots &lt;fichier&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>fichier</translation>
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
        <translation>&quot;%1&quot; : plus d&apos;un &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: missing first address before &apos;-&apos;</source>
        <translation>&quot;%1&quot; : première adresse manquante avant &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: missing last address after &apos;-&apos;</source>
        <translation>&quot;%1&quot; : dernière adresse manquante après &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: the range mixes IPv4 and IPv6 addresses</source>
        <translation>&quot;%1&quot; : la plage mélange des adresses IPv4 et IPv6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: the range is reversed (%2 comes after %3)</source>
        <translation>&quot;%1&quot; : la plage est inversée (%2 vient après %3)</translation>
    </message>
</context>
<context>
    <name>portolan::AddressSet</name>
    <message>
        <location filename="../core/analysis/addressset.cpp" line="+128"/>
        <source>address list item %1 of %2: %3</source>
        <translation>élément %1 sur %2 de la liste d&apos;adresses : %3</translation>
    </message>
</context>
<context>
    <name>portolan::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+24"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not implemented yet)</source>
        <translation>(pas encore implémenté)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;command&gt; [options]</source>
        <translation>&lt;command&gt; [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 done; 1 error (the message names the cause).</source>
        <translation>Exécutez &apos;%1 &lt;command&gt; --help&apos; pour les options d&apos;une commande.
Codes de sortie : 0 terminé ; 1 erreur (le message en indique la cause).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2: internal error: %3</source>
        <translation>%1 %2 : erreur interne : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audits the network exposure of Ray clusters.</source>
        <translation>Audite l&apos;exposition réseau des clusters Ray.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command to run (see above).</source>
        <translation>La commande à exécuter (voir ci-dessus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;command&gt;</source>
        <translation>&lt;command&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/cliargs.cpp" line="+19"/>
        <source>Usage: %1 %2</source>
        <translation>Usage : %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The snapshot database (SQLite file).</source>
        <translation>La base de données de snapshots (fichier SQLite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Try &apos;%1 %2 --help&apos;.</source>
        <translation>Essayez &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required option --%1</source>
        <translation>option obligatoire --%1 manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 needs a non-empty value</source>
        <translation>l&apos;option --%1 exige une valeur non vide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+19"/>
        <source>Audit the nodes of an inventory over SSH and store a snapshot.</source>
        <translation>Auditer les nœuds d&apos;un inventaire via SSH et enregistrer un snapshot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the stored snapshots, newest first.</source>
        <translation>Lister les snapshots enregistrés, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work out the exposures and findings of a snapshot.</source>
        <translation>Déterminer les expositions et les constats d&apos;un snapshot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare two snapshots.</source>
        <translation>Comparer deux snapshots.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a report of a snapshot.</source>
        <translation>Rédiger un rapport sur un snapshot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one snapshot to a JSON file.</source>
        <translation>Écrire un snapshot dans un fichier JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store a snapshot from a JSON file and print its new id.</source>
        <translation>Enregistrer un snapshot depuis un fichier JSON et afficher son nouvel identifiant.</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="+40"/>
        <source>%1: cannot read: is a directory</source>
        <translation>%1 : lecture impossible : c&apos;est un répertoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clistore.cpp" line="+16"/>
        <source>%1: no such database file</source>
        <translation>%1 : fichier de base de données introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is a directory, not a database file</source>
        <translation>%1 : est un répertoire, pas un fichier de base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the database holds no snapshots</source>
        <translation>%1 : la base de données ne contient aucun snapshot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid snapshot id &apos;%1&apos; (expected a positive number or &apos;latest&apos;)</source>
        <translation>identifiant de snapshot &apos;%1&apos; invalide (attendu : un nombre positif ou &apos;latest&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="+38"/>
        <source>[%1] queued</source>
        <translation>[%1] en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] connecting</source>
        <translation>[%1] connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] authenticating</source>
        <translation>[%1] authentification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[%1] collected %2/%3</source>
        <translation>[%1] collecté %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] collecting %2/%3 (%4)</source>
        <translation>[%1] collecte %2/%3 (%4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[%1] done</source>
        <translation>[%1] terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] done, partial: %2</source>
        <translation>[%1] terminé, partiel : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] FAILED: %2</source>
        <translation>[%1] ÉCHEC : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] cancelled</source>
        <translation>[%1] annulé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 must be a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>--%1 doit être un nombre entier de 1 à %2, et non &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The inventory (Portolan JSON/YAML or a Ray cluster-launcher YAML).</source>
        <translation>L&apos;inventaire (JSON/YAML Portolan ou un YAML du lanceur de cluster Ray).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+24"/>
        <source>%1 %2 %3:%4/%5 %6 from %7: %8</source>
        <translation>%1 %2 %3:%4/%5 %6 depuis %7 : %8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (forwarded to port %1)</source>
        <translation> (redirigé vers le port %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Snapshot %1 &quot;%2&quot; (%3), %4 nodes — risk score %5/100
</source>
        <translation>Snapshot %1 &quot;%2&quot; (%3), %4 nœuds — score de risque %5/100
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No findings.
</source>
        <translation>Aucun constat.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>        %1 %2 %3 line %4: %5 → %6
</source>
        <translation>        %1 %2 %3 ligne %4 : %5 → %6
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>        uncertain: %1
</source>
        <translation>        incertain : %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    Fix: %1
</source>
        <translation>    Correctif : %1
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The snapshot to analyse: an id or latest (default).</source>
        <translation>Le snapshot à analyser : un identifiant ou latest (par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zones file (default: internet, internal and cluster zones).</source>
        <translation>Fichier de zones (par défaut : zones internet, internal et cluster).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectcommand.cpp" line="+2"/>
        <location line="+7"/>
        <location filename="../app/cli/exportcommand.cpp" line="+22"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit with code 3 when a finding is at or above this severity (info, low, medium, high, critical).</source>
        <translation>Quitter avec le code 3 si un constat atteint ou dépasse cette gravité (info, low, medium, high, critical).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid --fail-on &apos;%1&apos; (expected info, low, medium, high or critical)</source>
        <translation>--fail-on &apos;%1&apos; invalide (attendu : info, low, medium, high ou critical)</translation>
    </message>
    <message>
        <location filename="../app/cli/collectcommand.cpp" line="-6"/>
        <source>A label for the snapshot.</source>
        <translation>Un libellé pour le snapshot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes collected at once (default 16).</source>
        <translation>Nœuds collectés simultanément (16 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>Fichier known_hosts (par défaut ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>strict refuses unknown host keys (default); accept-new records them. A changed key is always refused.</source>
        <translation>strict refuse les clés d&apos;hôte inconnues (par défaut) ; accept-new les enregistre. Une clé modifiée est toujours refusée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect timeout per node in seconds (default 10).</source>
        <translation>Délai de connexion par nœud en secondes (10 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Timeout per command in seconds (default 60).</source>
        <translation>Délai par commande en secondes (60 par défaut).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--host-key-policy must be strict or accept-new, not &apos;%1&apos;</source>
        <translation>--host-key-policy doit valoir strict ou accept-new, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Snapshot %1 stored: %2 nodes, %3 ok, %4 partial, %5 failed, %6 cancelled.</source>
        <translation>Snapshot %1 enregistré : %2 nœuds, %3 OK, %4 partiels, %5 en échec, %6 annulés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>collection cancelled; what was gathered is stored as snapshot %1</source>
        <translation>collecte annulée ; les données recueillies sont enregistrées dans le snapshot %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no node could be audited; the failures are stored as snapshot %1</source>
        <translation>aucun nœud n&apos;a pu être audité ; les échecs sont enregistrés dans le snapshot %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="-2"/>
        <source>The snapshot to export: its id or &apos;latest&apos; (default: latest).</source>
        <translation>Le snapshot à exporter : son identifiant ou &apos;latest&apos; (par défaut : latest).</translation>
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
        <translation>Le fichier JSON à écrire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>option --snapshot needs a non-empty value</source>
        <translation>l&apos;option --snapshot exige une valeur non vide</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+21"/>
        <source>The JSON file to import.</source>
        <translation>Le fichier JSON à importer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing the JSON file to import</source>
        <translation>fichier JSON à importer manquant</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="+0"/>
        <source>CREATED (UTC)</source>
        <translation>CRÉÉ (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVENTORY</source>
        <translation>INVENTAIRE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NODES</source>
        <translation>NŒUDS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="+5"/>
        <location filename="../app/cli/listcommand.cpp" line="+46"/>
        <source>Output format: text or json (default: text).</source>
        <translation>Format de sortie : text ou json (par défaut : text).</translation>
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
        <translation>--format &apos;%1&apos; invalide (attendu : text ou json)</translation>
    </message>
    <message>
        <location filename="../app/cli/notimplementedcommand.cpp" line="+10"/>
        <source>the &apos;%1&apos; command is not implemented yet</source>
        <translation>la commande &apos;%1&apos; n&apos;est pas encore implémentée</translation>
    </message>
    <message>
        <location filename="../app/cli/terminalinteraction.cpp" line="+56"/>
        <source>[%1] Passphrase for %2:</source>
        <translation>[%1] Phrase secrète pour %2 :</translation>
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
        <translation>%1 : valeur endommagée dans la colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>portolan::CommandSpec</name>
    <message>
        <location filename="../core/parse/commandset.cpp" line="+46"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kernel and architecture</source>
        <translation>Noyau et architecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system release</source>
        <translation>Version du système d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interfaces and addresses</source>
        <translation>Interfaces et adresses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv4 routes of every table</source>
        <translation>Routes IPv4 de toutes les tables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 routes of every table</source>
        <translation>Routes IPv6 de toutes les tables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listening TCP and UDP sockets with owners</source>
        <translation>Sockets TCP et UDP en écoute avec leurs propriétaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes and command lines</source>
        <translation>Processus et lignes de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAY_* environment of every process</source>
        <translation>Environnement RAY_* de chaque processus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>iptables version and backend</source>
        <translation>Version et backend d&apos;iptables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv4 iptables rules</source>
        <translation>Règles iptables IPv4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 iptables rules</source>
        <translation>Règles iptables IPv6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv4 rules of legacy x_tables</source>
        <translation>Règles IPv4 des x_tables legacy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 rules of legacy x_tables</source>
        <translation>Règles IPv6 des x_tables legacy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nftables ruleset (JSON)</source>
        <translation>Jeu de règles nftables (JSON)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nftables ruleset (text)</source>
        <translation>Jeu de règles nftables (texte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IP sets</source>
        <translation>Ensembles IP (ipset)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed and running Ray packages</source>
        <translation>Paquets Ray installés et en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ray session name and port files</source>
        <translation>Nom de session Ray et fichiers de ports</translation>
    </message>
</context>
<context>
    <name>portolan::DatabaseFile</name>
    <message>
        <location filename="../core/store/databasefile.cpp" line="+39"/>
        <source>%1: cannot create the database: %2</source>
        <translation>%1 : impossible de créer la base de données : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot set the permissions of the database: %2</source>
        <translation>%1 : impossible de définir les permissions de la base de données : %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: cannot set the permissions: %2</source>
        <translation>%1 : impossible de définir les permissions : %2</translation>
    </message>
</context>
<context>
    <name>portolan::EnvironParser</name>
    <message>
        <location filename="../core/parse/environ.cpp" line="+55"/>
        <source>not NUL-separated (a text dump was given?)</source>
        <translation>non séparé par NUL (un export texte a été fourni ?)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>bad pid in %1</source>
        <translation>PID invalide dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>variable before the first &quot;@@pid&quot; line</source>
        <translation>variable avant la première ligne &quot;@@pid&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected NAME=VALUE, found %1</source>
        <translation>NAME=VALEUR attendu, trouvé : %1</translation>
    </message>
</context>
<context>
    <name>portolan::EvidenceClassifier</name>
    <message>
        <location filename="../core/collect/evidenceclassifier.cpp" line="+56"/>
        <source>%1: permission denied (%2)</source>
        <translation>%1 : permission refusée (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: command not found on the node</source>
        <translation>%1 : commande introuvable sur le nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: timed out after %2 s</source>
        <translation>%1 : délai dépassé après %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: output truncated at %2 MiB</source>
        <translation>%1 : sortie tronquée à %2 Mio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: failed with exit code %2 (%3)</source>
        <translation>%1 : échec avec le code de sortie %2 (%3)</translation>
    </message>
</context>
<context>
    <name>portolan::Exposure</name>
    <message numerus="yes">
        <location filename="../core/analysis/exposure.cpp" line="+24"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 except %2</source>
        <translation>%1 sauf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
</context>
<context>
    <name>portolan::ExposureChecks</name>
    <message>
        <location filename="../core/analysis/exposurechecks.cpp" line="+39"/>
        <source>Ray dashboard and Jobs API reachable</source>
        <translation>Tableau de bord Ray et API Jobs accessibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution: whoever reaches the dashboard can submit a job through the Jobs API and run any command on every node (CVE-2023-48022, &quot;ShadowRay&quot;), read logs and stop jobs.</source>
        <translation>Exécution de code : quiconque atteint le tableau de bord peut soumettre un job via l&apos;API Jobs et exécuter n&apos;importe quelle commande sur chaque nœud (CVE-2023-48022, &quot;ShadowRay&quot;), lire les journaux et arrêter des jobs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bind the dashboard to 127.0.0.1 and reach it through an SSH tunnel, allow the port only from the cluster&apos;s own networks, and turn on token authentication.</source>
        <translation>Lier le tableau de bord à 127.0.0.1 et y accéder par un tunnel SSH, n&apos;autoriser le port que depuis les réseaux du cluster et activer l&apos;authentification par jeton.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ray Client server reachable</source>
        <translation>Serveur Ray Client accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution: a remote Ray client connects without credentials and runs arbitrary tasks and actors on the cluster.</source>
        <translation>Exécution de code : un client Ray distant se connecte sans identifiants et exécute des tâches et acteurs arbitraires sur le cluster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow the client port only from the cluster&apos;s networks (or a VPN), and turn on token authentication.</source>
        <translation>N&apos;autoriser le port client que depuis les réseaux du cluster (ou un VPN) et activer l&apos;authentification par jeton.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ray GCS reachable</source>
        <translation>GCS Ray accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster hijacking: the GCS holds the cluster&apos;s metadata; whoever reaches it can register nodes, jobs and actors, read cluster state and take the cluster down.</source>
        <translation>Détournement du cluster : le GCS détient les métadonnées du cluster ; quiconque l&apos;atteint peut enregistrer des nœuds, jobs et acteurs, lire l&apos;état du cluster et le mettre hors service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow the GCS port only from the cluster&apos;s nodes.</source>
        <translation>N&apos;autoriser le port GCS que depuis les nœuds du cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internal Ray ports reachable from outside the cluster</source>
        <translation>Ports Ray internes accessibles depuis l&apos;extérieur du cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lateral movement and data theft: raylet, object manager, agents and workers speak unauthenticated gRPC; whoever reaches them can submit work to workers, read objects from the object store or disturb scheduling.</source>
        <translation>Mouvement latéral et vol de données : raylet, object manager, agents et workers parlent gRPC sans authentification ; quiconque les atteint peut soumettre du travail aux workers, lire des objets de l&apos;object store ou perturber l&apos;ordonnancement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These ports only serve the cluster itself: allow them from the cluster&apos;s networks only.</source>
        <translation>Ces ports ne servent qu&apos;au cluster lui-même : ne les autoriser que depuis les réseaux du cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ray metrics endpoints reachable</source>
        <translation>Points de terminaison de métriques Ray accessibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information disclosure: metrics reveal node names, resources, job and actor activity that help plan an attack.</source>
        <translation>Divulgation d&apos;informations : les métriques révèlent les noms des nœuds, les ressources et l&apos;activité des jobs et acteurs, ce qui aide à préparer une attaque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow the metrics ports only from the monitoring system and the cluster.</source>
        <translation>N&apos;autoriser les ports de métriques que depuis le système de supervision et le cluster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redis reachable</source>
        <translation>Redis accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data theft and code execution: Redis holds Ray&apos;s state and, with a default or no password, accepts any command.</source>
        <translation>Vol de données et exécution de code : Redis contient l&apos;état de Ray et, avec un mot de passe par défaut ou sans mot de passe, accepte n&apos;importe quelle commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow Redis only from the cluster&apos;s nodes and set a strong password.</source>
        <translation>N&apos;autoriser Redis que depuis les nœuds du cluster et définir un mot de passe robuste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSH reachable from the internet</source>
        <translation>SSH accessible depuis Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential attacks: every node answers SSH logins from anywhere, so one weak key or password gives a foothold in the cluster.</source>
        <translation>Attaques sur les identifiants : chaque nœud répond aux connexions SSH venant de partout, si bien qu&apos;une seule clé ou un seul mot de passe faible ouvre une brèche dans le cluster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach the nodes through one bastion host (ssh -J) and allow SSH only from it.</source>
        <translation>Accéder aux nœuds via un unique hôte bastion (ssh -J) et n&apos;autoriser SSH que depuis celui-ci.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 (uncertain: the firewall could not be fully evaluated)</source>
        <translation>%1 (incertain : le pare-feu n&apos;a pas pu être entièrement évalué)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Ray reachable over IPv6 although IPv4 is filtered</source>
        <translation>Ray accessible en IPv6 alors qu&apos;IPv4 est filtré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IPv4 firewall gives a false sense of safety: the same Ray services answer over IPv6, where no rule stops anyone.</source>
        <translation>Le pare-feu IPv4 donne un faux sentiment de sécurité : les mêmes services Ray répondent en IPv6, où aucune règle n&apos;arrête personne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply the same rules to IPv6 (ip6tables, or an inet table in nftables), or bind Ray to its IPv4 node address.</source>
        <translation>Appliquer les mêmes règles à IPv6 (ip6tables, ou une table inet dans nftables), ou lier Ray à son adresse de nœud IPv4.</translation>
    </message>
</context>
<context>
    <name>portolan::FindingTableModel</name>
    <message>
        <location filename="../ui/models/findingtablemodel.cpp" line="+33"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fix: %1</source>
        <translation>Correctif : %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exposures</source>
        <translation>Expositions</translation>
    </message>
</context>
<context>
    <name>portolan::FirewallBuilder</name>
    <message>
        <location filename="../core/collect/firewallbuilder.cpp" line="+116"/>
        <source>%1: table %2 holds nft-native chains iptables cannot show; it is read from nft</source>
        <translation>%1 : la table %2 contient des chaînes natives nft qu&apos;iptables ne peut pas afficher ; elle est lue depuis nft</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>%1: unreadable output: %2</source>
        <translation>%1 : sortie illisible : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>firewall: neither iptables-save nor nft is installed; the kernel&apos;s packet filter could not be read</source>
        <translation>pare-feu : ni iptables-save ni nft n&apos;est installé ; le filtre de paquets du noyau n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>portolan::HostChecks</name>
    <message>
        <location filename="../core/analysis/hostchecks.cpp" line="+61"/>
        <source>Node could not be audited</source>
        <translation>Le nœud n&apos;a pas pu être audité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown exposure: nothing is known about this node&apos;s listening services or firewall, so it may expose the whole cluster.</source>
        <translation>Exposition inconnue : on ne sait rien des services en écoute ni du pare-feu de ce nœud, qui pourrait donc exposer tout le cluster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the node reachable over SSH for the audit (address, user, key, host key) and run the audit again.</source>
        <translation>Rendre le nœud accessible par SSH pour l&apos;audit (adresse, utilisateur, clé, clé d&apos;hôte) et relancer l&apos;audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firewall could not be verified</source>
        <translation>Le pare-feu n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown exposure: the packet filter could not be read, so every reachability verdict for this node is uncertain.</source>
        <translation>Exposition inconnue : le filtre de paquets n&apos;a pas pu être lu, donc tout verdict d&apos;accessibilité pour ce nœud est incertain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let the audit user read the firewall without a password: set &quot;sudo&quot;: true in the inventory and grant the read-only commands in sudoers.</source>
        <translation>Permettre à l&apos;utilisateur d&apos;audit de lire le pare-feu sans mot de passe : définir &quot;sudo&quot;: true dans l&apos;inventaire et autoriser les commandes en lecture seule dans sudoers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Node with a public address has no firewall</source>
        <translation>Nœud avec adresse publique sans pare-feu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every listening service, Ray&apos;s included, answers the whole internet; only bind addresses stand between an attacker and the cluster.</source>
        <translation>Chaque service en écoute, Ray compris, répond à tout Internet ; seules les adresses de liaison séparent un attaquant du cluster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install a default-deny inbound policy that admits SSH from your bastion and Ray&apos;s ports from the cluster&apos;s networks.</source>
        <translation>Mettre en place une politique entrante de refus par défaut qui admet SSH depuis votre bastion et les ports de Ray depuis les réseaux du cluster.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ray services listen on every interface</source>
        <translation>Les services Ray écoutent sur toutes les interfaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service bound to 0.0.0.0 or :: answers on public and IPv6 interfaces too, although Ray was given node address %1; one firewall mistake exposes it.</source>
        <translation>Un service lié à 0.0.0.0 ou :: répond aussi sur les interfaces publiques et IPv6, bien que Ray ait reçu l&apos;adresse de nœud %1 ; une seule erreur de pare-feu l&apos;expose.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start Ray with its node address and keep the dashboard on localhost.</source>
        <translation>Démarrer Ray avec son adresse de nœud et garder le tableau de bord sur localhost.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ray&apos;s gRPC traffic is not encrypted</source>
        <translation>Le trafic gRPC de Ray n&apos;est pas chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data theft and hijacking: without TLS, anyone on the path reads task arguments, objects and tokens, and can inject traffic between nodes.</source>
        <translation>Vol de données et détournement : sans TLS, quiconque se trouve sur le chemin lit les arguments des tâches, les objets et les jetons, et peut injecter du trafic entre les nœuds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on Ray&apos;s mutual TLS on every node and client.</source>
        <translation>Activer le TLS mutuel de Ray sur chaque nœud et client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ray token authentication is not in force</source>
        <translation>L&apos;authentification par jeton de Ray n&apos;est pas en vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution: without token authentication, Ray trusts every client that reaches it (status: %1).</source>
        <translation>Exécution de code : sans authentification par jeton, Ray fait confiance à tout client qui l&apos;atteint (état : %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run Ray 2.52.0 or later with RAY_AUTH_MODE=token on every node and client.</source>
        <translation>Utiliser Ray 2.52.0 ou ultérieur avec RAY_AUTH_MODE=token sur chaque nœud et client.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>, fixed in %1</source>
        <translation>, corrigé dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ray version unknown: known vulnerabilities may apply</source>
        <translation>Version de Ray inconnue : des vulnérabilités connues peuvent s&apos;appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ray %1 has known vulnerabilities</source>
        <translation>Ray %1 présente des vulnérabilités connues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code execution, file read and denial of service through published vulnerabilities of the dashboard.</source>
        <translation>Exécution de code, lecture de fichiers et déni de service via des vulnérabilités publiées du tableau de bord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade Ray on every node to %1 or later.</source>
        <translation>Mettre à jour Ray sur chaque nœud vers %1 ou ultérieur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Redis uses Ray&apos;s public default password</source>
        <translation>Redis utilise le mot de passe par défaut public de Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data theft and code execution: the default password 5241590000000000 is published; it protects nothing.</source>
        <translation>Vol de données et exécution de code : le mot de passe par défaut 5241590000000000 est public ; il ne protège rien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Ray with a random --redis-password and keep Redis reachable from the cluster only.</source>
        <translation>Démarrer Ray avec un --redis-password aléatoire et ne rendre Redis accessible que depuis le cluster.</translation>
    </message>
</context>
<context>
    <name>portolan::Inventory</name>
    <message>
        <location filename="../core/inventory/addresssyntax.cpp" line="+49"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;%1&quot;: the zone after &quot;%&quot; must be an interface name</source>
        <translation>&quot;%1&quot; : la zone après &quot;%&quot; doit être un nom d&apos;interface</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a hostname or IP address: %2</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom d&apos;hôte ni une adresse IP : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an IPv6 address</source>
        <translation>pas une adresse IPv6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is longer than %2 characters, the limit for a hostname</source>
        <translation>&quot;%1&quot; dépasse %2 caractères, la limite pour un nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a hostname: it has an empty label</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte : il contient une étiquette vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a hostname: a label is longer than %2 characters</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte : une étiquette dépasse %2 caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a hostname: a label starts or ends with &quot;-&quot;</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte : une étiquette commence ou finit par &quot;-&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the host is empty</source>
        <translation>l&apos;hôte est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>&quot;%1&quot; must not start with &quot;-&quot;</source>
        <translation>&quot;%1&quot; ne doit pas commencer par &quot;-&quot;</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a hostname or IP address (give the port in &quot;port&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom d&apos;hôte ni une adresse IP (indiquez le port dans &quot;port&quot;)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+86"/>
        <source>&quot;%1&quot;: &quot;[&quot; without a closing &quot;]&quot;</source>
        <translation>&quot;%1&quot; : &quot;[&quot; sans &quot;]&quot; fermant</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&quot;%1&quot; is not a hostname or IP address: %2 is not allowed</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom d&apos;hôte ni une adresse IP : %2 n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a hostname or IP address: write IPv4 addresses as a dotted quad such as 10.0.0.1</source>
        <translation>&quot;%1&quot; n&apos;est ni un nom d&apos;hôte ni une adresse IP : écrivez les adresses IPv4 en notation décimale pointée, par exemple 10.0.0.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid IP address: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IP valide : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the user name is empty</source>
        <translation>le nom d&apos;utilisateur est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>&quot;%1&quot; is longer than %2 characters</source>
        <translation>&quot;%1&quot; dépasse %2 caractères</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&quot;%1&quot; is not a user name: %2 is not allowed</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;utilisateur : %2 n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the node name is empty</source>
        <translation>le nom du nœud est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must not start with &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ne doit pas commencer par &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a node name: %2 is not allowed (use letters, digits and . _ - :)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de nœud : %2 n&apos;est pas autorisé (utilisez des lettres, des chiffres et . _ - :)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: more than one &quot;@&quot;</source>
        <translation>&quot;%1&quot; : plus d&apos;un &quot;@&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot;: expected &quot;:port&quot; after &quot;]&quot;</source>
        <translation>&quot;%1&quot; : &quot;:port&quot; attendu après &quot;]&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a port (1-65535)</source>
        <translation>&quot;%1&quot; : &quot;%2&quot; n&apos;est pas un port (1-65535)</translation>
    </message>
    <message>
        <location filename="../core/inventory/document.cpp" line="+30"/>
        <source>empty (null)</source>
        <translation>vide (null)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/inventory/yamldocument.cpp" line="+78"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/inventory/yamldocument.cpp" line="+0"/>
        <source>a map</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <location filename="../core/inventory/fieldreader.cpp" line="+103"/>
        <source>must be a map of keys and values, not %1</source>
        <translation>doit être un dictionnaire de clés et de valeurs, et non %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, et non %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not contain control characters or line breaks</source>
        <translation>ne doit contenir ni caractères de contrôle ni sauts de ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a boolean (true or false)</source>
        <translation>%1 n&apos;est pas un booléen (true ou false)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 n&apos;est pas un port (1-65535)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>duplicate key &quot;%1&quot; (first at line %2)</source>
        <translation>clé &quot;%1&quot; en double (première occurrence ligne %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate key &quot;%1&quot; in %2 (first at line %3)</source>
        <translation>clé &quot;%1&quot; en double dans %2 (première occurrence ligne %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>at the top level</source>
        <translation>au niveau supérieur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one of: %1</source>
        <translation>attendu : l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean &quot;%1&quot;?</source>
        <translation>vouliez-vous dire &quot;%1&quot; ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &quot;%1&quot; %2 (%3)</source>
        <translation>clé inconnue &quot;%1&quot; %2 (%3)</translation>
    </message>
    <message>
        <location filename="../core/inventory/identitypath.cpp" line="+29"/>
        <source>the identity file path is empty</source>
        <translation>le chemin du fichier d&apos;identité est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identity file path contains a NUL character</source>
        <translation>le chemin du fichier d&apos;identité contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot expand &quot;~&quot; in &quot;%1&quot;: $HOME is not set</source>
        <translation>impossible de développer &quot;~&quot; dans &quot;%1&quot; : $HOME n&apos;est pas défini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: only &quot;~/&quot; is expanded; write the full path</source>
        <translation>&quot;%1&quot; : seul &quot;~/&quot; est développé ; écrivez le chemin complet</translation>
    </message>
    <message>
        <location filename="../core/inventory/inventory.cpp" line="+48"/>
        <source>the file is larger than %1 MiB, too large for an inventory</source>
        <translation>le fichier dépasse %1 Mio, trop volumineux pour un inventaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the inventory is empty</source>
        <translation>l&apos;inventaire est vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an inventory must be a map of keys and values, not %1</source>
        <translation>un inventaire doit être un dictionnaire de clés et de valeurs, et non %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an inventory: expected &quot;nodes&quot; (a Portolan inventory) or &quot;provider&quot; (a Ray cluster-launcher file)</source>
        <translation>pas un inventaire : &quot;nodes&quot; (inventaire Portolan) ou &quot;provider&quot; (fichier du lanceur de cluster Ray) attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read the inventory: it is a directory</source>
        <translation>%1 : impossible de lire l&apos;inventaire : c&apos;est un répertoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: cannot read the inventory: %2</source>
        <translation>%1 : impossible de lire l&apos;inventaire : %2</translation>
    </message>
    <message>
        <location filename="../core/inventory/jsondocument.cpp" line="+218"/>
        <location filename="../core/inventory/yamldocument.cpp" line="-32"/>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>JSON syntax error: %1</source>
        <translation>erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/inventory/nodeindex.cpp" line="+44"/>
        <source>duplicate node name &quot;%1&quot; (first at line %2)</source>
        <translation>nom de nœud &quot;%1&quot; en double (première occurrence ligne %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is already the address of node &quot;%2&quot; (line %3)</source>
        <translation>&quot;%1&quot; est déjà l&apos;adresse du nœud &quot;%2&quot; (ligne %3)</translation>
    </message>
    <message>
        <location filename="../core/inventory/nodesettings.cpp" line="+46"/>
        <location filename="../core/inventory/portolanformat.cpp" line="+42"/>
        <source>missing &quot;host&quot;</source>
        <translation>&quot;host&quot; manquant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be &quot;user@host:port&quot; or a map with &quot;host&quot;, &quot;port&quot; and &quot;user&quot;, not a list</source>
        <translation>doit être &quot;user@host:port&quot; ou un dictionnaire avec &quot;host&quot;, &quot;port&quot; et &quot;user&quot;, et non une liste</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>give either &quot;identity_file&quot; or &quot;identity_files&quot;, not both</source>
        <translation>indiquez soit &quot;identity_file&quot; soit &quot;identity_files&quot;, pas les deux</translation>
    </message>
    <message>
        <location filename="../core/inventory/portolanformat.cpp" line="-16"/>
        <source>&quot;%1&quot; is not a role (head or worker)</source>
        <translation>&quot;%1&quot; n&apos;est pas un rôle (head ou worker)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>missing &quot;nodes&quot;</source>
        <translation>&quot;nodes&quot; manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list is empty: an inventory needs at least one node</source>
        <translation>la liste est vide : un inventaire exige au moins un nœud</translation>
    </message>
    <message>
        <location filename="../core/inventory/raylauncherformat.cpp" line="+35"/>
        <source>a proxy command is not supported, Portolan never runs commands from an inventory; write a Portolan inventory with &quot;jump&quot; instead</source>
        <translation>une commande proxy n&apos;est pas prise en charge, Portolan n&apos;exécute jamais de commandes issues d&apos;un inventaire ; écrivez plutôt un inventaire Portolan avec &quot;jump&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>missing &quot;provider&quot;</source>
        <translation>&quot;provider&quot; manquant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing &quot;type&quot;</source>
        <translation>&quot;type&quot; manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; clusters are not supported: only the &quot;local&quot; provider lists its node addresses in the file; write a Portolan inventory for this cluster instead</source>
        <translation>les clusters &quot;%1&quot; ne sont pas pris en charge : seul le fournisseur &quot;local&quot; liste les adresses de ses nœuds dans le fichier ; écrivez plutôt un inventaire Portolan pour ce cluster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the node addresses come from a coordinator server, not from the file; write a Portolan inventory for this cluster instead</source>
        <translation>les adresses des nœuds proviennent d&apos;un serveur coordinateur, pas du fichier ; écrivez plutôt un inventaire Portolan pour ce cluster</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>missing &quot;head_ip&quot;</source>
        <translation>&quot;head_ip&quot; manquant</translation>
    </message>
    <message>
        <location filename="../core/inventory/yamldocument.cpp" line="-3"/>
        <source>the document expands to more than %1 values</source>
        <translation>le document se développe en plus de %1 valeurs</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a key must be plain text, not %1</source>
        <translation>une clé doit être du texte simple, et non %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unreadable YAML: %1</source>
        <translation>YAML illisible : %1</translation>
    </message>
</context>
<context>
    <name>portolan::IpAddrParser</name>
    <message>
        <location filename="../core/parse/ipaddr.cpp" line="+36"/>
        <source>address %1 does not match family %2</source>
        <translation>l&apos;adresse %1 ne correspond pas à la famille %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prefix length %1 out of range</source>
        <translation>longueur de préfixe %1 hors limites</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty interface name</source>
        <translation>nom d&apos;interface vide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>index out of range</source>
        <translation>index hors limites</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MTU out of range</source>
        <translation>MTU hors limites</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a JSON array of interfaces</source>
        <translation>tableau JSON d&apos;interfaces attendu</translation>
    </message>
</context>
<context>
    <name>portolan::IpAddress</name>
    <message>
        <location filename="../core/model/address.cpp" line="-542"/>
        <location line="+87"/>
        <source>&quot;%1&quot;: unexpected character &apos;%2&apos;</source>
        <translation>&quot;%1&quot; : caractère inattendu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&quot;%1&quot;: empty octet (missing number between dots)</source>
        <translation>&quot;%1&quot; : octet vide (nombre manquant entre les points)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot;: %2 octets, an IPv4 address has exactly 4</source>
        <translation>&quot;%1&quot; : %2 octets, une adresse IPv4 en a exactement 4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: octet &quot;%2&quot; has a leading zero, which is ambiguous (some tools read it as octal)</source>
        <translation>&quot;%1&quot; : l&apos;octet &quot;%2&quot; a un zéro initial, ce qui est ambigu (certains outils le lisent en octal)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: octet %2 is out of range (0 to 255)</source>
        <translation>&quot;%1&quot; : l&apos;octet %2 est hors limites (0 à 255)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot;: &quot;:::&quot; is not valid</source>
        <translation>&quot;%1&quot; : &quot;:::&quot; n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: more than one &quot;::&quot;</source>
        <translation>&quot;%1&quot; : plus d&apos;un &quot;::&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: starts with a single &apos;:&apos;</source>
        <translation>&quot;%1&quot; : commence par un &apos;:&apos; isolé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: ends with a single &apos;:&apos;</source>
        <translation>&quot;%1&quot; : finit par un &apos;:&apos; isolé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: empty group</source>
        <translation>&quot;%1&quot; : groupe vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: an embedded IPv4 address is only allowed in the last 32 bits</source>
        <translation>&quot;%1&quot; : une adresse IPv4 intégrée n&apos;est autorisée que dans les 32 derniers bits</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot;: group &quot;%2&quot; has more than 4 hex digits</source>
        <translation>&quot;%1&quot; : le groupe &quot;%2&quot; a plus de 4 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: too few groups (%2 of 8) and no &quot;::&quot;</source>
        <translation>&quot;%1&quot; : trop peu de groupes (%2 sur 8) et pas de &quot;::&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: too many groups (%2, at most 8)</source>
        <translation>&quot;%1&quot; : trop de groupes (%2, 8 au maximum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: too many groups (%2) to also hold &quot;::&quot;, which stands for at least one group</source>
        <translation>&quot;%1&quot; : trop de groupes (%2) pour contenir aussi &quot;::&quot;, qui représente au moins un groupe</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The address is empty</source>
        <translation>L&apos;adresse est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: contains whitespace</source>
        <translation>&quot;%1&quot; : contient des espaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: brackets are not allowed, write the bare address</source>
        <translation>&quot;%1&quot; : les crochets ne sont pas autorisés, écrivez l&apos;adresse seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: a &quot;%scope&quot; zone suffix is not allowed here</source>
        <translation>&quot;%1&quot; : un suffixe de zone &quot;%scope&quot; n&apos;est pas autorisé ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: not an IP address (expected a dotted quad such as 10.0.0.1 or an IPv6 address such as fd00::1)</source>
        <translation>&quot;%1&quot; : pas une adresse IP (attendu : notation décimale pointée comme 10.0.0.1 ou adresse IPv6 comme fd00::1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot;: looks like address:port, a port is not allowed here</source>
        <translation>&quot;%1&quot; : ressemble à adresse:port, un port n&apos;est pas autorisé ici</translation>
    </message>
</context>
<context>
    <name>portolan::IpRouteParser</name>
    <message>
        <location filename="../core/parse/iproute.cpp" line="+94"/>
        <source>negative metric</source>
        <translation>métrique négative</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a JSON array of routes</source>
        <translation>tableau JSON de routes attendu</translation>
    </message>
</context>
<context>
    <name>portolan::IpsetParser</name>
    <message>
        <location filename="../core/parse/ipset.cpp" line="+35"/>
        <source>create needs a set name and a type</source>
        <translation>create exige un nom d&apos;ensemble et un type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad set type %1</source>
        <translation>type d&apos;ensemble %1 invalide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set %1 created twice</source>
        <translation>ensemble %1 créé deux fois</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add needs a set name and an element</source>
        <translation>add exige un nom d&apos;ensemble et un élément</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element for unknown set %1</source>
        <translation>élément pour un ensemble inconnu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected line %1</source>
        <translation>ligne inattendue %1</translation>
    </message>
</context>
<context>
    <name>portolan::IptablesEvaluator</name>
    <message>
        <location filename="../core/analysis/iptableschain.cpp" line="+90"/>
        <source>%1 %2 %3, line %4: %5 (%6)</source>
        <translation>%1 %2 %3, ligne %4 : %5 (%6)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the ruleset is too large to evaluate</source>
        <translation>le jeu de règles est trop volumineux pour être évalué</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../core/analysis/iptablesfork.cpp" line="+66"/>
        <source>cannot decide (%1)</source>
        <translation>indécidable (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 leaves the decision to another program or socket</source>
        <translation>%1 laisse la décision à un autre programme ou socket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown target %1</source>
        <translation>cible inconnue %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chains nest too deep (a loop?)</source>
        <translation>chaînes imbriquées trop profondément (une boucle ?)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 %3: unknown policy %4</source>
        <translation>%1 %2 %3 : politique inconnue %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3 : %4</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesfork.cpp" line="-6"/>
        <source>cannot decide (%1); if it matches: %2</source>
        <translation>indécidable (%1) ; en cas de correspondance : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot decide (%1); the outcome is the same either way</source>
        <translation>indécidable (%1) ; le résultat est le même dans les deux cas</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatch.cpp" line="+48"/>
        <location line="+6"/>
        <location filename="../core/analysis/iptablesmatchconntrack.cpp" line="+69"/>
        <location line="+35"/>
        <source>cannot read the address %1</source>
        <translation>impossible de lire l&apos;adresse %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>-o (output interface) has no meaning on the inbound path</source>
        <translation>-o (interface de sortie) n&apos;a pas de sens sur le chemin entrant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>-m %1 depends on traffic rates or counts</source>
        <translation>-m %1 dépend des débits ou des compteurs de trafic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-m recent depends on earlier packets of the source</source>
        <translation>-m recent dépend des paquets antérieurs de la source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-m %1 picks packets at random or by position</source>
        <translation>-m %1 sélectionne les paquets au hasard ou selon leur position</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>-m %1 depends on packet contents or time Portolan does not know</source>
        <translation>-m %1 dépend du contenu des paquets ou de l&apos;heure, que Portolan ne connaît pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-m physdev depends on the bridge port the packet came through</source>
        <translation>-m physdev dépend du port de pont par lequel le paquet est arrivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-m %1 depends on kernel state Portolan does not collect</source>
        <translation>-m %1 dépend d&apos;un état du noyau que Portolan ne collecte pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-m %1 is not evaluated by Portolan</source>
        <translation>-m %1 n&apos;est pas évalué par Portolan</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchaddress.cpp" line="+69"/>
        <source>the address type of %1 depends on routes</source>
        <translation>le type d&apos;adresse de %1 dépend des routes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the address type of sources depends on routes</source>
        <translation>le type d&apos;adresse des sources dépend des routes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--limit-iface-in: which interface holds %1 is not known</source>
        <translation>--limit-iface-in : l&apos;interface qui porte %1 n&apos;est pas connue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit-iface-out has no meaning on the inbound path</source>
        <translation>--limit-iface-out n&apos;a pas de sens sur le chemin entrant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown address type %1</source>
        <translation>type d&apos;adresse inconnu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of -m addrtype is not evaluated</source>
        <translation>%1 de -m addrtype n&apos;est pas évalué</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the range %1</source>
        <translation>impossible de lire la plage %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of -m iprange is not evaluated</source>
        <translation>%1 de -m iprange n&apos;est pas évalué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of -m pkttype is not evaluated</source>
        <translation>%1 de -m pkttype n&apos;est pas évalué</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchconntrack.cpp" line="-56"/>
        <source>unknown connection state %1</source>
        <translation>état de connexion inconnu %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the port %1</source>
        <translation>impossible de lire le port %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../core/analysis/iptablesmatchports.cpp" line="+107"/>
        <source>%1 tests the source port, which the client picks</source>
        <translation>%1 teste le port source, choisi par le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of -m conntrack is not evaluated</source>
        <translation>%1 de -m conntrack n&apos;est pas évalué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the mark %1</source>
        <translation>impossible de lire la marque %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 of -m %2 is not evaluated</source>
        <translation>%1 de -m %2 n&apos;est pas évalué</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchports.cpp" line="-35"/>
        <source>the TCP flag test depends on whether the client asks for ECN</source>
        <translation>le test des drapeaux TCP dépend de la demande d&apos;ECN par le client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read --tcp-flags %1</source>
        <translation>impossible de lire --tcp-flags %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>cannot read the port list %1</source>
        <translation>impossible de lire la liste de ports %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--tcp-option depends on the options of the client&apos;s SYN</source>
        <translation>--tcp-option dépend des options du SYN du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown option %1 of -m %2</source>
        <translation>option %1 inconnue de -m %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown option %1 of -m multiport</source>
        <translation>option %1 inconnue de -m multiport</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesmatchset.cpp" line="+113"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>cannot read the ipset member %1</source>
        <translation>impossible de lire le membre ipset %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the ipset tests the source port, which the client picks</source>
        <translation>l&apos;ipset teste le port source, choisi par le client</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the ipset dimension %1 is not evaluated</source>
        <translation>la dimension ipset %1 n&apos;est pas évaluée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ipset %1 was not collected</source>
        <translation>l&apos;ipset %1 n&apos;a pas été collecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ipset %1 is a list of sets</source>
        <translation>l&apos;ipset %1 est une liste d&apos;ensembles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ipset %1 has nomatch entries on two nets</source>
        <translation>l&apos;ipset %1 a des entrées nomatch sur deux réseaux</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of -m set is not evaluated</source>
        <translation>%1 de -m set n&apos;est pas évalué</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablesnat.cpp" line="+114"/>
        <source>%1 to %2 (forwarded, leaves this node)</source>
        <translation>%1 vers %2 (transféré, quitte ce nœud)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to loopback %2 from %3 reaches a socket only with route_localnet</source>
        <translation>%1 vers le loopback %2 depuis %3 n&apos;atteint un socket qu&apos;avec route_localnet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the DNAT destination %1</source>
        <translation>impossible de lire la destination DNAT %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNAT to %1 (forwarded, leaves this node)</source>
        <translation>DNAT vers %1 (transféré, quitte ce nœud)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DNAT picks one of %1 per connection, some of them local</source>
        <translation>DNAT choisit une cible parmi %1 par connexion, certaines locales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNAT picks one port of %1 per connection</source>
        <translation>DNAT choisit un port parmi %1 par connexion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the REDIRECT ports %1</source>
        <translation>impossible de lire les ports REDIRECT %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REDIRECT picks one port of %1 per connection</source>
        <translation>REDIRECT choisit un port parmi %1 par connexion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the NETMAP prefix %1</source>
        <translation>impossible de lire le préfixe NETMAP %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/iptablestarget.cpp" line="+93"/>
        <source>CONNMARK (no connection to mark)</source>
        <translation>CONNMARK (aucune connexion à marquer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the CONNMARK options</source>
        <translation>impossible de lire les options CONNMARK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONNMARK: mark %1, connmark %2</source>
        <translation>CONNMARK : marque %1, connmark %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot read the MARK options</source>
        <translation>impossible de lire les options MARK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARK: mark %1</source>
        <translation>MARK : marque %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NOTRACK (no connection tracking, no NAT)</source>
        <translation>NOTRACK (pas de suivi de connexion, pas de NAT)</translation>
    </message>
</context>
<context>
    <name>portolan::IptablesRuleParser</name>
    <message>
        <location filename="../core/parse/iptablesrule.cpp" line="+59"/>
        <source>the rule is empty</source>
        <translation>la règle est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected -A, found %1</source>
        <translation>-A attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-A without a chain</source>
        <translation>-A sans chaîne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;!&apos; at the end of the rule</source>
        <translation>&apos;!&apos; à la fin de la règle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 needs an argument</source>
        <translation>%1 exige un argument</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>two &apos;!&apos; in a row</source>
        <translation>deux &apos;!&apos; consécutifs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected word %1</source>
        <translation>mot inattendu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;!&apos; before -m</source>
        <translation>&apos;!&apos; avant -m</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;!&apos; before %1</source>
        <translation>&apos;!&apos; avant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second target</source>
        <translation>une seconde cible</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>portolan::IptablesSaveParser</name>
    <message>
        <location filename="../core/parse/iptablessave.cpp" line="+47"/>
        <source>unexpected line %1</source>
        <translation>ligne inattendue %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>table %1 has no COMMIT (truncated output?)</source>
        <translation>la table %1 n&apos;a pas de COMMIT (sortie tronquée ?)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>table %1 starts before table %2 was committed</source>
        <translation>la table %1 commence avant le COMMIT de la table %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bad table name %1</source>
        <translation>nom de table %1 invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>table %1 appears twice</source>
        <translation>la table %1 apparaît deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chain or rule outside a table</source>
        <translation>chaîne ou règle en dehors d&apos;une table</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bad chain line %1</source>
        <translation>ligne de chaîne invalide %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown policy %1</source>
        <translation>politique inconnue %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chain %1 declared twice</source>
        <translation>chaîne %1 déclarée deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule for undeclared chain %1</source>
        <translation>règle pour une chaîne non déclarée %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COMMIT outside a table</source>
        <translation>COMMIT en dehors d&apos;une table</translation>
    </message>
</context>
<context>
    <name>portolan::JsonFields</name>
    <message>
        <location filename="../core/model/jsonfields.cpp" line="+60"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a 64-bit integer</source>
        <translation>entier 64 bits attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a 32-bit integer</source>
        <translation>entier 32 bits attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an integer %1-%2</source>
        <translation>entier %1-%2 attendu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>valeur inconnue &quot;%1&quot; (attendu : l&apos;une des valeurs %2)</translation>
    </message>
</context>
<context>
    <name>portolan::JsonInput</name>
    <message>
        <location filename="../core/parse/jsoninput.cpp" line="-24"/>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: expected a JSON object</source>
        <translation>%1 : objet JSON attendu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>integer out of range</source>
        <translation>entier hors limites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an integer</source>
        <translation>entier attendu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a string or an array of strings</source>
        <translation>chaîne ou tableau de chaînes attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an array of strings</source>
        <translation>tableau de chaînes attendu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
</context>
<context>
    <name>portolan::JumpTunnel</name>
    <message>
        <location filename="../core/collect/jumptunnel.cpp" line="+49"/>
        <source>cannot create a local socket pair for the jump host: %1</source>
        <translation>impossible de créer une paire de sockets locale pour l&apos;hôte de rebond : %1</translation>
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
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+121"/>
        <source>Open a database or import a snapshot to start an audit review.</source>
        <translation>Ouvrez une base de données ou importez un snapshot pour examiner un audit.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Snapshot…</source>
        <translation>&amp;Importer un snapshot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Portolan</source>
        <translation>À &amp;propos de Portolan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Portolan — %1</source>
        <translation>Portolan — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This database holds no audit yet. Run portolan-cli collect, or import a snapshot.</source>
        <translation>Cette base de données ne contient encore aucun audit. Exécutez portolan-cli collect ou importez un snapshot.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Findings (%n, risk %1/100)</source>
        <translation>
            <numerusform>Constat (%n, risque %1/100)</numerusform>
            <numerusform>Constats (%n, risque %1/100)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open Portolan Database</source>
        <translation>Ouvrir une base de données Portolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portolan databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Portolan (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a database first: an imported snapshot is stored in it.</source>
        <translation>Ouvrez d&apos;abord une base de données : le snapshot importé y est enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Snapshot</source>
        <translation>Importer un snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portolan snapshots (*.json)</source>
        <translation>Snapshots Portolan (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Portolan</source>
        <translation>À propos de Portolan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Audits the network exposure of Ray clusters: who can reach the dashboard, the GCS, the client server and the other Ray ports, rule by rule.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Portolan %1&lt;/h3&gt;&lt;p&gt;Audite l&apos;exposition réseau des clusters Ray : qui peut atteindre le tableau de bord, le GCS, le serveur client et les autres ports Ray, règle par règle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>portolan::NftEvaluator</name>
    <message>
        <location filename="../core/analysis/nftchainwalk.cpp" line="+67"/>
        <source>the ruleset is too large to follow</source>
        <translation>le jeu de règles est trop volumineux pour être suivi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the rule&apos;s JSON cannot be read</source>
        <translation>impossible de lire le JSON de la règle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a statement cannot be read</source>
        <translation>impossible de lire une instruction</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 depends on the rate of earlier packets</source>
        <translation>%1 dépend du débit des paquets antérieurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 depends on earlier traffic</source>
        <translation>%1 dépend du trafic antérieur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the statement &quot;%1&quot; is not followed by the evaluator</source>
        <translation>l&apos;instruction &quot;%1&quot; n&apos;est pas suivie par l&apos;évaluateur</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: no such chain in the table</source>
        <translation>%1 : aucune chaîne de ce nom dans la table</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: chains nest too deeply</source>
        <translation>%1 : chaînes imbriquées trop profondément</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+34"/>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>too many undecidable rules to explore</source>
        <translation>trop de règles indécidables à explorer</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>nft %1 %2, chain %3: %4</source>
        <translation>nft %1 %2, chaîne %3 : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nft %1 %2, chain %3, handle %4 (%5): %6</source>
        <translation>nft %1 %2, chaîne %3, handle %4 (%5) : %6</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftevaluator.cpp" line="+102"/>
        <source>%1 applies to packets arriving on %2, and the query does not say which interface the packet arrives on</source>
        <translation>%1 s&apos;applique aux paquets arrivant sur %2, et la requête n&apos;indique pas l&apos;interface d&apos;arrivée du paquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an ingress chain whose device is not known</source>
        <translation>%1 est une chaîne ingress dont le périphérique n&apos;est pas connu</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftlookup.cpp" line="+126"/>
        <source>the set @%1 is not in table %2 %3</source>
        <translation>l&apos;ensemble @%1 n&apos;est pas dans la table %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rules add elements to the set @%1 at run time, so its contents depend on earlier traffic</source>
        <translation>des règles ajoutent des éléments à l&apos;ensemble @%1 à l&apos;exécution, son contenu dépend donc du trafic antérieur</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>cannot compare with the element %1</source>
        <translation>impossible de comparer avec l&apos;élément %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftmatch.cpp" line="+92"/>
        <source>cannot compare with %1 %2</source>
        <translation>impossible de comparer avec %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown flags %1</source>
        <translation>drapeaux inconnus %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the operator &quot;%1&quot; is not supported here</source>
        <translation>l&apos;opérateur &quot;%1&quot; n&apos;est pas pris en charge ici</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not set on the inbound path: older kernels never match it, newer ones compare it as empty</source>
        <translation>%1 n&apos;est pas défini sur le chemin entrant : les noyaux anciens ne le font jamais correspondre, les plus récents le comparent comme vide</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+39"/>
        <source>%1 cannot be evaluated as a value</source>
        <translation>%1 ne peut pas être évalué comme une valeur</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftoperand.cpp" line="+19"/>
        <source>%1 cannot be decided for an inbound packet</source>
        <translation>%1 est indécidable pour un paquet entrant</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the query does not say which interface the packet arrives on</source>
        <translation>%1 : la requête n&apos;indique pas l&apos;interface d&apos;arrivée du paquet</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 in a chain at conntrack&apos;s own priority (-200): whether conntrack ran first is not defined</source>
        <translation>%1 dans une chaîne à la priorité propre de conntrack (-200) : il n&apos;est pas défini si conntrack s&apos;est exécuté avant</translation>
    </message>
    <message>
        <location filename="../core/analysis/nftwalkactions.cpp" line="+83"/>
        <source>the verdict %1 is not known</source>
        <translation>le verdict %1 n&apos;est pas connu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>redirect sends the packet to the first address of the arrival interface, which the query does not give</source>
        <translation>redirect envoie le paquet à la première adresse de l&apos;interface d&apos;arrivée, que la requête ne fournit pas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>redirect to a port range</source>
        <translation>redirect vers une plage de ports</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+21"/>
        <source>dnat to a port range</source>
        <translation>dnat vers une plage de ports</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>dnat to %1 (several addresses or a prefix)</source>
        <translation>dnat vers %1 (plusieurs adresses ou un préfixe)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: not an address of this node, so the packet is forwarded and never reaches a local socket</source>
        <translation>%1 : pas une adresse de ce nœud, le paquet est donc transféré et n&apos;atteint jamais de socket local</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is rewritten without conntrack (stateless NAT), which the evaluator does not follow</source>
        <translation>%1 est réécrit sans conntrack (NAT sans état), ce que l&apos;évaluateur ne suit pas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the mark value cannot be evaluated</source>
        <translation>la valeur de marque ne peut pas être évaluée</translation>
    </message>
</context>
<context>
    <name>portolan::NftJsonParser</name>
    <message>
        <location filename="../core/parse/nftjson.cpp" line="+41"/>
        <source>priority out of range</source>
        <translation>priorité hors limites</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a map without a data type</source>
        <translation>une map sans type de données</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>missing (not the output of nft -j?)</source>
        <translation>manquant (ce n&apos;est pas la sortie de nft -j ?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected an object with one key</source>
        <translation>%1 : objet à une seule clé attendu</translation>
    </message>
</context>
<context>
    <name>portolan::NodeBuilder</name>
    <message>
        <location filename="../core/collect/nodebuilder.cpp" line="+45"/>
        <source>%1: unreadable output: %2</source>
        <translation>%1 : sortie illisible : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>ss: %n listening socket(s) without an owning process (ss shows other users&apos; processes only as root; set sudo: true)</source>
        <translation>
            <numerusform>ss : %n socket en écoute sans processus propriétaire (ss n&apos;affiche les processus des autres utilisateurs qu&apos;en root ; définissez sudo: true)</numerusform>
            <numerusform>ss : %n sockets en écoute sans processus propriétaire (ss n&apos;affiche les processus des autres utilisateurs qu&apos;en root ; définissez sudo: true)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>portolan::NodeCollector</name>
    <message>
        <location filename="../core/collect/nodecollector.cpp" line="+64"/>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (jump host %2)</source>
        <translation>%1 (hôte de rebond %2)</translation>
    </message>
</context>
<context>
    <name>portolan::NodeTableModel</name>
    <message>
        <location filename="../ui/models/nodetablemodel.cpp" line="+38"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed (legacy and nf_tables)</source>
        <translation>Mixte (legacy et nf_tables)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH target</source>
        <translation>Cible SSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening</source>
        <translation>En écoute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>portolan::OsReleaseParser</name>
    <message>
        <location filename="../core/parse/osrelease.cpp" line="+29"/>
        <source>quote not closed</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>expected KEY=VALUE, found %1</source>
        <translation>CLÉ=VALEUR attendu, trouvé : %1</translation>
    </message>
</context>
<context>
    <name>portolan::PacketPath</name>
    <message>
        <location filename="../core/analysis/packetpath.cpp" line="+71"/>
        <source>the firewall of the node could not be determined</source>
        <translation>le pare-feu du nœud n&apos;a pas pu être déterminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the firewall of the node could not be read: %1</source>
        <translation>le pare-feu du nœud n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 could not decide</source>
        <translation>%1 n&apos;a pas pu décider</translation>
    </message>
</context>
<context>
    <name>portolan::ParseError</name>
    <message>
        <location filename="../core/parse/parseerror.cpp" line="+18"/>
        <source>%1: line %2: %3</source>
        <translation>%1 : ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>portolan::Prefix</name>
    <message>
        <location filename="../core/model/address.cpp" line="+181"/>
        <source>&quot;%1&quot;: more than one &apos;/&apos;</source>
        <translation>&quot;%1&quot; : plus d&apos;un &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: missing address before &apos;/&apos;</source>
        <translation>&quot;%1&quot; : adresse manquante avant &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: missing prefix length after &apos;/&apos;</source>
        <translation>&quot;%1&quot; : longueur de préfixe manquante après &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: prefix length &quot;%2&quot; is not a number</source>
        <translation>&quot;%1&quot; : la longueur de préfixe &quot;%2&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: prefix length %2 is out of range for IPv4 (0 to 32)</source>
        <translation>&quot;%1&quot; : la longueur de préfixe %2 est hors limites pour IPv4 (0 à 32)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot;: prefix length %2 is out of range for IPv6 (0 to 128)</source>
        <translation>&quot;%1&quot; : la longueur de préfixe %2 est hors limites pour IPv6 (0 à 128)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot;: host bits are set (the network is %2)</source>
        <translation>&quot;%1&quot; : des bits d&apos;hôte sont positionnés (le réseau est %2)</translation>
    </message>
</context>
<context>
    <name>portolan::PsParser</name>
    <message>
        <location filename="../core/parse/ps.cpp" line="+30"/>
        <source>%1 is not a number: %2</source>
        <translation>%1 n&apos;est pas un nombre : %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>expected pid, ppid, user and arguments, found %1</source>
        <translation>pid, ppid, utilisateur et arguments attendus, trouvé : %1</translation>
    </message>
</context>
<context>
    <name>portolan::RayComponent</name>
    <message>
        <location filename="../core/analysis/rayservice.cpp" line="+22"/>
        <source>Ray dashboard</source>
        <translation>Tableau de bord Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs API runs arbitrary code without authentication (CVE-2023-48022, ShadowRay); logs and cluster state are readable.</source>
        <translation>L&apos;API Jobs exécute du code arbitraire sans authentification (CVE-2023-48022, ShadowRay) ; les journaux et l&apos;état du cluster sont lisibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ray GCS</source>
        <translation>GCS Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster control plane: whoever reaches it can register nodes, schedule tasks and actors (code execution) and read cluster metadata.</source>
        <translation>Plan de contrôle du cluster : quiconque l&apos;atteint peut enregistrer des nœuds, planifier des tâches et des acteurs (exécution de code) et lire les métadonnées du cluster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray Client server</source>
        <translation>Serveur Ray Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ray.init(&quot;ray://...&quot;) from anywhere: runs arbitrary code on the cluster as a driver.</source>
        <translation>ray.init(&quot;ray://...&quot;) depuis n&apos;importe où : exécute du code arbitraire sur le cluster en tant que driver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray raylet (node manager)</source>
        <translation>Raylet Ray (gestionnaire de nœud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node manager gRPC: leases workers and starts tasks on this node (code execution, denial of service).</source>
        <translation>gRPC du gestionnaire de nœud : attribue des workers et lance des tâches sur ce nœud (exécution de code, déni de service).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray object manager</source>
        <translation>Object manager Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object transfer between nodes: read or inject objects of running jobs (data theft, tampering).</source>
        <translation>Transfert d&apos;objets entre nœuds : lire ou injecter des objets de jobs en cours (vol de données, falsification).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray dashboard agent</source>
        <translation>Agent du tableau de bord Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-node agent (HTTP and gRPC): job submission, logs and process details of this node.</source>
        <translation>Agent par nœud (HTTP et gRPC) : soumission de jobs, journaux et détails des processus de ce nœud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray metrics</source>
        <translation>Métriques Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prometheus metrics: leaks job, actor and resource details for reconnaissance.</source>
        <translation>Métriques Prometheus : divulguent des détails sur les jobs, acteurs et ressources, utiles à la reconnaissance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray runtime env agent</source>
        <translation>Agent runtime env Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates runtime environments (pip packages, working dirs): installs attacker-chosen code on the node.</source>
        <translation>Crée des environnements d&apos;exécution (paquets pip, répertoires de travail) : installe sur le nœud du code choisi par l&apos;attaquant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray Serve HTTP</source>
        <translation>Ray Serve HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served applications over HTTP: whatever the deployed models and endpoints allow, unauthenticated by default.</source>
        <translation>Les applications servies en HTTP : tout ce que permettent les modèles et points de terminaison déployés, sans authentification par défaut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ray Serve gRPC</source>
        <translation>Ray Serve gRPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served applications over gRPC: whatever the deployed models and endpoints allow, unauthenticated by default.</source>
        <translation>Les applications servies en gRPC : tout ce que permettent les modèles et points de terminaison déployés, sans authentification par défaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ray worker</source>
        <translation>Worker Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core worker gRPC of tasks and actors: push tasks or read objects of running jobs (code execution, data theft).</source>
        <translation>gRPC core worker des tâches et acteurs : pousser des tâches ou lire des objets de jobs en cours (exécution de code, vol de données).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ray&apos;s external GCS store: read or rewrite cluster state; old Ray used the public default password 5241590000000000.</source>
        <translation>Stockage GCS externe de Ray : lire ou réécrire l&apos;état du cluster ; les anciennes versions de Ray utilisaient le mot de passe par défaut public 5241590000000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote login: a shell on the node for anyone with valid credentials.</source>
        <translation>Connexion à distance : un shell sur le nœud pour quiconque possède des identifiants valides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other service</source>
        <translation>Autre service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a recognized Ray service: its impact depends on the program.</source>
        <translation>Service Ray non reconnu : son impact dépend du programme.</translation>
    </message>
</context>
<context>
    <name>portolan::RayNodeFacts</name>
    <message>
        <location filename="../core/analysis/raynodefacts.cpp" line="+64"/>
        <source>The Ray processes show a %1 node, but the collected role is %2.</source>
        <translation>Les processus Ray indiquent un nœud %1, mais le rôle collecté est %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The inventory declares a %1 node, but Ray runs as a %2 node.</source>
        <translation>L&apos;inventaire déclare un nœud %1, mais Ray s&apos;exécute comme nœud %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>RAY_USE_TLS is inconsistent: on for processes %1, off for %2.</source>
        <translation>RAY_USE_TLS est incohérent : activé pour les processus %1, désactivé pour %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RAY_AUTH_MODE=token is configured but version too old: Ray %1 has no token authentication (it needs %2 or newer).</source>
        <translation>RAY_AUTH_MODE=token est configuré mais la version est trop ancienne : Ray %1 n&apos;a pas d&apos;authentification par jeton (il faut %2 ou ultérieur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAY_AUTH_MODE=token is configured, but the Ray version is unknown: token authentication needs Ray %1 or newer.</source>
        <translation>RAY_AUTH_MODE=token est configuré, mais la version de Ray est inconnue : l&apos;authentification par jeton exige Ray %1 ou ultérieur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAY_AUTH_MODE=token is inconsistent: set for processes %1, not for %2.</source>
        <translation>RAY_AUTH_MODE=token est incohérent : défini pour les processus %1, pas pour %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ray processes name different node IP addresses: %1.</source>
        <translation>Les processus Ray indiquent des adresses IP de nœud différentes : %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ray runs, but its version is unknown.</source>
        <translation>Ray s&apos;exécute, mais sa version est inconnue.</translation>
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
        <translation>%1 sur le port de métriques de l&apos;autoscaler %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on the dashboard metrics port %2</source>
        <translation>%1 sur le port de métriques du tableau de bord %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>title %1 (workers use random ports on this node)</source>
        <translation>titre %1 (les workers utilisent des ports aléatoires sur ce nœud)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title %1 in the worker port range %2</source>
        <translation>titre %1 dans la plage de ports des workers %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title %1 outside the worker port range %2 (a server opened by a task or actor)</source>
        <translation>titre %1 hors de la plage de ports des workers %2 (un serveur ouvert par une tâche ou un acteur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>title %1 on the Serve HTTP port %2</source>
        <translation>titre %1 sur le port HTTP de Serve %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title %1 on the Serve gRPC port %2</source>
        <translation>titre %1 sur le port gRPC de Serve %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>title %1 outside the worker ports: a custom Serve proxy port (HTTP assumed)</source>
        <translation>titre %1 hors des ports des workers : un port de proxy Serve personnalisé (HTTP supposé)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>owned by %1 on a port none of its options name</source>
        <translation>appartient à %1 sur un port qu&apos;aucune de ses options ne mentionne</translation>
    </message>
    <message>
        <location filename="../core/analysis/rayportrules.cpp" line="+60"/>
        <source>no owning process visible</source>
        <translation>aucun processus propriétaire visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned by %1</source>
        <translation>appartient à %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>session port file %1</source>
        <translation>fichier de ports de session %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default port %1 (%2)</source>
        <translation>port par défaut %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port in the worker port range %1 (%2)</source>
        <translation>port dans la plage de ports des workers %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/analysis/rayrecognition.cpp" line="+117"/>
        <source>no rule matches port %1 of %2</source>
        <translation>aucune règle ne correspond au port %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule matches port %1 (no owning process visible)</source>
        <translation>aucune règle ne correspond au port %1 (aucun processus propriétaire visible)</translation>
    </message>
</context>
<context>
    <name>portolan::RaySessionParser</name>
    <message>
        <location filename="../core/parse/raysession.cpp" line="+32"/>
        <source>port %1 out of range</source>
        <translation>port %1 hors limites</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not a port number: %1</source>
        <translation>pas un numéro de port : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ports_by_node.json is not an object</source>
        <translation>ports_by_node.json n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ports_by_node.json: node %1 holds no object</source>
        <translation>ports_by_node.json : le nœud %1 ne contient pas d&apos;objet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ports_by_node.json: %1 is not a number</source>
        <translation>ports_by_node.json : %1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>empty session path</source>
        <translation>chemin de session vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected line %1</source>
        <translation>ligne inattendue %1</translation>
    </message>
</context>
<context>
    <name>portolan::RayVersionParser</name>
    <message>
        <location filename="../core/parse/rayversion.cpp" line="+74"/>
        <source>bad package line %1</source>
        <translation>ligne de paquet invalide %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>version line before any package line</source>
        <translation>ligne de version avant toute ligne de paquet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>bad dist-info name %1</source>
        <translation>nom dist-info invalide %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected line %1</source>
        <translation>ligne inattendue %1</translation>
    </message>
</context>
<context>
    <name>portolan::RayVulnerabilities</name>
    <message>
        <location filename="../core/analysis/rayvulnerabilities.cpp" line="+35"/>
        <source>ShadowRay: the Jobs API (POST /api/jobs/) runs arbitrary code without authentication</source>
        <translation>ShadowRay : l&apos;API Jobs (POST /api/jobs/) exécute du code arbitraire sans authentification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed by the vendor and fixed by no release: Ray relies on the network to keep it out of reach. Mitigate with token authentication (RAY_AUTH_MODE=token, Ray %1 or newer) and by isolating the dashboard, Jobs API and Client ports.</source>
        <translation>Contestée par l&apos;éditeur et corrigée par aucune version : Ray compte sur le réseau pour rester hors d&apos;atteinte. Atténuer avec l&apos;authentification par jeton (RAY_AUTH_MODE=token, Ray %1 ou ultérieur) et en isolant les ports du tableau de bord, de l&apos;API Jobs et du client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Command injection through the format parameter of the dashboard&apos;s cpu_profile endpoint</source>
        <translation>Injection de commande via le paramètre format du point de terminaison cpu_profile du tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthenticated code execution on the dashboard host.</source>
        <translation>Exécution de code sans authentification sur l&apos;hôte du tableau de bord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbitrary file read through path traversal under /static/</source>
        <translation>Lecture de fichiers arbitraires par traversée de répertoires sous /static/</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unauthenticated file read on the dashboard host.</source>
        <translation>Lecture de fichiers sans authentification sur l&apos;hôte du tableau de bord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arbitrary file read through /api/v0/logs/file?filename=../..</source>
        <translation>Lecture de fichiers arbitraires via /api/v0/logs/file?filename=../..</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unauthenticated file read on any node through the logs API.</source>
        <translation>Lecture de fichiers sans authentification sur n&apos;importe quel nœud via l&apos;API des journaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server-side request forgery through the dashboard&apos;s /log_proxy</source>
        <translation>Falsification de requêtes côté serveur (SSRF) via /log_proxy du tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed by the vendor; the fixing release is not confirmed.</source>
        <translation>Contestée par l&apos;éditeur ; la version corrective n&apos;est pas confirmée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Redis password is written to the logs</source>
        <translation>Le mot de passe Redis est écrit dans les journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can read the logs (e.g. through the dashboard) learns the password.</source>
        <translation>Quiconque peut lire les journaux (par ex. via le tableau de bord) apprend le mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser check bypass (User-Agent, DNS rebinding) reaches the Jobs API</source>
        <translation>Le contournement du contrôle navigateur (User-Agent, DNS rebinding) atteint l&apos;API Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web page the operator visits can run code on the cluster.</source>
        <translation>Une page web visitée par l&apos;opérateur peut exécuter du code sur le cluster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unauthenticated DELETE requests shut down Serve applications and delete jobs</source>
        <translation>Des requêtes DELETE non authentifiées arrêtent les applications Serve et suppriment des jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denial of service without authentication.</source>
        <translation>Déni de service sans authentification.</translation>
    </message>
</context>
<context>
    <name>portolan::RuleChecks</name>
    <message>
        <location filename="../core/analysis/rulechecks.cpp" line="+138"/>
        <source>Firewall rules admit anyone to Ray ports</source>
        <translation>Des règles de pare-feu admettent n&apos;importe qui sur les ports Ray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rule set itself opens Ray to every source: whatever the zones, a single reachable address exposes the cluster.</source>
        <translation>Le jeu de règles lui-même ouvre Ray à toute source : quelles que soient les zones, une seule adresse accessible expose le cluster.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: chain INPUT has policy ACCEPT and no rule that drops or rejects</source>
        <translation>%1 %2 : la chaîne INPUT a la politique ACCEPT et aucune règle qui rejette ou ignore</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 line %3: %4 (admits port %5 from anywhere)</source>
        <translation>%1 %2 ligne %3 : %4 (admet le port %5 depuis partout)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace each ACCEPT from anywhere with ACCEPTs from the cluster&apos;s networks, and end INPUT with a DROP policy.</source>
        <translation>Remplacer chaque ACCEPT depuis partout par des ACCEPT depuis les réseaux du cluster, et terminer INPUT par une politique DROP.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>nft %1 %2 %3 handle %4: %5 (admits port %6 from anywhere)</source>
        <translation>nft %1 %2 %3 handle %4 : %5 (admet le port %6 depuis partout)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Firewall rules that can never match</source>
        <translation>Règles de pare-feu qui ne peuvent jamais correspondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead rules hide intent: an allow or deny that never applies often means the firewall does not do what its author believes.</source>
        <translation>Les règles mortes masquent l&apos;intention : une autorisation ou un refus qui ne s&apos;applique jamais signifie souvent que le pare-feu ne fait pas ce que croit son auteur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 line %3: %4 — never matches, decided earlier by %5</source>
        <translation>%1 %2 ligne %3 : %4 — ne correspond jamais, décidé plus tôt par %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move each shadowed rule before the rules that decide its packets, or delete it.</source>
        <translation>Déplacer chaque règle masquée avant les règles qui décident de ses paquets, ou la supprimer.</translation>
    </message>
</context>
<context>
    <name>portolan::Schema</name>
    <message>
        <location filename="../core/store/schema.cpp" line="+284"/>
        <source>%1: not a Portolan database (%2)</source>
        <translation>%1 : pas une base de données Portolan (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>application id 0x%1</source>
        <translation>identifiant d&apos;application 0x%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Portolan application id</source>
        <translation>pas d&apos;identifiant d&apos;application Portolan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by a newer Portolan (schema %2, this build knows %3)</source>
        <translation>%1 a été écrit par un Portolan plus récent (schéma %2, cette version connaît %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no schema version</source>
        <translation>pas de version de schéma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no snapshots table</source>
        <translation>pas de table snapshots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the database file is corrupt (%2)</source>
        <translation>%1 : le fichier de base de données est corrompu (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: not a SQLite database (is it the right file?)</source>
        <translation>%1 : pas une base de données SQLite (est-ce le bon fichier ?)</translation>
    </message>
</context>
<context>
    <name>portolan::SingleLineParser</name>
    <message>
        <location filename="../core/parse/singleline.cpp" line="+27"/>
        <source>expected one line, found more</source>
        <translation>une ligne attendue, davantage trouvées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty output</source>
        <translation>sortie vide</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotJson</name>
    <message>
        <location filename="../core/model/snapshotjson.cpp" line="+280"/>
        <source>invalid address &quot;%1&quot;: %2</source>
        <translation>adresse &quot;%1&quot; invalide : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid prefix &quot;%1&quot;: %2</source>
        <translation>préfixe &quot;%1&quot; invalide : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an ISO-8601 UTC time such as 2026-11-30T09:15:00.123Z, got &quot;%1&quot;</source>
        <translation>heure UTC ISO-8601 attendue, par exemple 2026-11-30T09:15:00.123Z, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a string or an object {&quot;base64&quot;: &quot;...&quot;}</source>
        <translation>chaîne ou objet {&quot;base64&quot;: &quot;...&quot;} attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid base64 data</source>
        <translation>données base64 invalides</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>not a Portolan snapshot document (expected a JSON object)</source>
        <translation>pas un document de snapshot Portolan (objet JSON attendu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a Portolan snapshot document (expected &quot;%1&quot;, got %2)</source>
        <translation>pas un document de snapshot Portolan (&quot;%1&quot; attendu, reçu %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an integer</source>
        <translation>entier attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format version %1 is newer than this Portolan supports (%2); use a newer Portolan</source>
        <translation>la version de format %1 est plus récente que celle prise en charge par ce Portolan (%2) ; utilisez un Portolan plus récent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unsupported format version %1</source>
        <translation>version de format %1 non prise en charge</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l&apos;octet %1 : %2</translation>
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
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
</context>
<context>
    <name>portolan::SnapshotStore</name>
    <message>
        <location filename="../core/store/snapshotstore.cpp" line="+24"/>
        <source>%1: no such database</source>
        <translation>%1 : base de données introuvable</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+34"/>
        <source>%1: no snapshot with id %2</source>
        <translation>%1 : aucun snapshot avec l&apos;identifiant %2</translation>
    </message>
</context>
<context>
    <name>portolan::SqliteDatabase</name>
    <message>
        <location filename="../core/store/sqlite.cpp" line="+58"/>
        <source>cannot open the database</source>
        <translation>impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot execute &quot;%2&quot;: %3</source>
        <translation>%1 : impossible d&apos;exécuter &quot;%2&quot; : %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot prepare &quot;%1&quot;</source>
        <translation>impossible de préparer &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected exactly one statement</source>
        <translation>exactement une instruction attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot prepare &quot;%2&quot;: %3</source>
        <translation>%1 : impossible de préparer &quot;%2&quot; : %3</translation>
    </message>
</context>
<context>
    <name>portolan::SqliteStatement</name>
    <message>
        <location line="+70"/>
        <source>cannot bind parameter %1 of &quot;%2&quot;</source>
        <translation>impossible de lier le paramètre %1 de &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot run &quot;%1&quot;</source>
        <translation>impossible d&apos;exécuter &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>portolan::SsParser</name>
    <message>
        <location filename="../core/parse/ss.cpp" line="+86"/>
        <source>bad local address %1: %2</source>
        <translation>adresse locale %1 invalide : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no port</source>
        <translation>pas de port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port is not a number from 0 to 65535</source>
        <translation>le port n&apos;est pas un nombre de 0 à 65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty interface after &apos;%&apos;</source>
        <translation>interface vide après &apos;%&apos;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>brackets around an IPv4 address</source>
        <translation>crochets autour d&apos;une adresse IPv4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>malformed process column %1</source>
        <translation>colonne de processus mal formée %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>expected at least %1 columns, found %2</source>
        <translation>au moins %1 colonnes attendues, %2 trouvées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected netid %1</source>
        <translation>netid inattendu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown state %1</source>
        <translation>état inconnu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recv-Q and Send-Q must be numbers, found %1 and %2</source>
        <translation>Recv-Q et Send-Q doivent être des nombres, trouvé %1 et %2</translation>
    </message>
</context>
<context>
    <name>portolan::SshSession</name>
    <message>
        <location filename="../core/collect/sshsession.cpp" line="+131"/>
        <source>%1: cannot create an SSH session (out of memory)</source>
        <translation>%1 : impossible de créer une session SSH (mémoire insuffisante)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: cancelled</source>
        <translation>%1 : annulé</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: cannot read SSH config %2: %3</source>
        <translation>%1 : impossible de lire la configuration SSH %2 : %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: connection to %2 timed out after %3 s</source>
        <translation>%1 : délai de connexion à %2 dépassé après %3 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot connect to %2: %3</source>
        <translation>%1 : impossible de se connecter à %2 : %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the server sent no host key: %2</source>
        <translation>%1 : le serveur n&apos;a envoyé aucune clé d&apos;hôte : %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: HOST KEY CHANGED for %2 — refusing to connect. %3 records %4, the server presented %5. This can be a man-in-the-middle attack; if the host was really re-installed, remove the old entry first.</source>
        <translation>%1 : CLÉ D&apos;HÔTE MODIFIÉE pour %2 — connexion refusée. %3 enregistre %4, le serveur a présenté %5. Il peut s&apos;agir d&apos;une attaque de l&apos;homme du milieu ; si l&apos;hôte a réellement été réinstallé, supprimez d&apos;abord l&apos;ancienne entrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: unknown host key for %2 (%3), not in %4; refused under host-key policy %5</source>
        <translation>%1 : clé d&apos;hôte inconnue pour %2 (%3), absente de %4 ; refusée selon la politique de clés d&apos;hôte %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot record the host key in %2: %3</source>
        <translation>%1 : impossible d&apos;enregistrer la clé d&apos;hôte dans %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot check the host key against %2: %3</source>
        <translation>%1 : impossible de vérifier la clé d&apos;hôte avec %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IdentityFile of the SSH config and the default keys</source>
        <translation>IdentityFile de la configuration SSH et les clés par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a default key</source>
        <translation>une clé par défaut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: authentication error: %2</source>
        <translation>%1 : erreur d&apos;authentification : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: authentication failed for %2 (tried: %3)</source>
        <translation>%1 : échec de l&apos;authentification pour %2 (essayé : %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable method</source>
        <translation>aucune méthode utilisable</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: cannot open a channel: %2</source>
        <translation>%1 : impossible d&apos;ouvrir un canal : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot run %2: %3</source>
        <translation>%1 : impossible d&apos;exécuter %2 : %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: connection lost while running %2: %3</source>
        <translation>%1 : connexion perdue pendant l&apos;exécution de %2 : %3</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: the jump host cannot reach %2:%3: %4</source>
        <translation>%1 : l&apos;hôte de rebond ne peut pas atteindre %2:%3 : %4</translation>
    </message>
</context>
<context>
    <name>portolan::TextLines</name>
    <message>
        <location filename="../core/parse/textlines.cpp" line="+27"/>
        <source>binary data (a NUL byte) where text was expected</source>
        <translation>données binaires (un octet NUL) là où du texte était attendu</translation>
    </message>
</context>
<context>
    <name>portolan::Zones</name>
    <message>
        <location filename="../core/analysis/zone.cpp" line="+41"/>
        <source>missing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; manquant</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a prefix: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un préfixe : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; starts or ends with a space</source>
        <translation>&quot;%1&quot; commence ou finit par une espace</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the file is larger than %1 MiB, too large for a zones file</source>
        <translation>le fichier dépasse %1 Mio, trop volumineux pour un fichier de zones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no zones: define at least one</source>
        <translation>aucune zone : définissez-en au moins une</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>duplicate zone name &quot;%1&quot; (also zones[%2])</source>
        <translation>nom de zone &quot;%1&quot; en double (aussi zones[%2])</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read the zones file: it is a directory</source>
        <translation>%1 : impossible de lire le fichier de zones : c&apos;est un répertoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: cannot read the zones file: %2</source>
        <translation>%1 : impossible de lire le fichier de zones : %2</translation>
    </message>
</context>
</TS>
