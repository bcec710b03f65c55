#pragma once
// YAML text -> DocValue tree with lines (yaml-cpp marks). Plain scalars are
// typed as YAML 1.1 / PyYAML (Ray's loader) types them. Pitfall: aliases share
// nodes, so the expanded size is capped ("billion laughs"), as is the depth.

#include "document.h"
#include "fieldreader.h"

#include <QByteArray>

namespace portolan {

// Throws "FILE:LINE:COLUMN: YAML syntax error: ..." through `reader`.
DocValue parseYamlDocument(const QByteArray &content, const FieldReader &reader);

// Types a plain (unquoted) scalar: sets kind, boolean and integer from text.
void resolvePlainScalar(DocValue &value);

} // namespace portolan
