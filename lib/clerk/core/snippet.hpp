// A search result's snippet: a few words of the matching text around its matches, with the
// matches bracketed. Made by clerk from the database's highlighted text rather than by the
// database, so SQLite's FTS5 and PostgreSQL's text search give the same snippet for the same
// matches.
#pragma once

#include <string>
#include <string_view>

namespace clerk {

// What the database puts around each match in the highlighted text (control characters, so
// no text a person typed can be taken for one).
inline constexpr char kMatchStart = '\x02';
inline constexpr char kMatchEnd = '\x03';

// `highlighted` with its matches between kMatchStart and kMatchEnd, cut to the `words` words
// that hold the most matches, the matches centred where they can be; "…" marks cut text. A
// word is a run of letters and digits (any byte of a multi-byte character counts as a letter);
// neighbouring matched words share one pair of brackets: "[Ninian Road]".
std::string snippet(std::string_view highlighted, int words);

}  // namespace clerk
