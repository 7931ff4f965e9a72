// Facts about the terminal the binary runs in.
#pragma once

namespace dossier::cli {

bool StdinIsTerminal();
bool StdoutIsTerminal();
// Columns of the terminal on stdout; else $COLUMNS; else 0 (unknown: no width limit).
int TerminalWidth();

}  // namespace dossier::cli
