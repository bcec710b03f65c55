#pragma once
// Lossless JSON form of a Snapshot (the export/import file format):
// {"format": "portolan-snapshot", "formatVersion": 1, "snapshot": {...}}.
// Evidence bytes that are valid UTF-8 are written as a JSON string, any other
// bytes as {"base64": "..."}, so evidence survives the round trip byte for byte.
// Times are ISO-8601 UTC with milliseconds; invalid times and addresses are null.
// The parsed firewall's parts are firewalljson.h's, shared with the store.

#include "model/snapshot.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

namespace portolan {

inline constexpr int kSnapshotJsonFormatVersion = 1;

nlohmann::json snapshotToJson(const Snapshot &snapshot);
// Throws Error naming the JSON path of the first bad or missing field
// ("nodes[2].sockets[0].port: expected an integer 0-65535").
Snapshot snapshotFromJson(const nlohmann::json &json);

QByteArray snapshotToJsonBytes(const Snapshot &snapshot, int indent = 2);
// Throws Error for malformed JSON (with the byte offset) or a bad document.
Snapshot snapshotFromJsonBytes(const QByteArray &bytes);

// One listing row, same field names and time format as the snapshot document.
nlohmann::json snapshotSummaryToJson(const SnapshotSummary &summary);

} // namespace portolan
