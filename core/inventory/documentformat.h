#pragma once
// Picks the parser: JSON when the text is a JSON object (or the file ends in
// .json), else YAML. Pitfall: JSON is almost YAML, so a broken '{...' file keeps
// its JSON syntax error unless it ends in .yaml/.yml.

#include "document.h"
#include "fieldreader.h"

#include <QByteArray>

namespace portolan {

DocValue parseDocument(const QByteArray &content, const FieldReader &reader);

} // namespace portolan
