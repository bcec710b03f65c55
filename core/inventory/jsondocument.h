#pragma once
// JSON text -> DocValue tree, with the line of every value and key. nlohmann's
// SAX parser does the parsing; a counting input iterator tells where each event
// happened. Pitfall: nlohmann reads one character past a number, so a value's
// line is that of the last non-blank character read, never the lookahead.

#include "document.h"
#include "fieldreader.h"

#include <QByteArray>

namespace portolan {

// Throws "FILE:LINE:COLUMN: JSON syntax error: ..." through `reader`.
DocValue parseJsonDocument(const QByteArray &content, const FieldReader &reader);

} // namespace portolan
