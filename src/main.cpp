// The composition root: the command line decides what runs; each command wires
// config -> storage -> services -> server or output itself.
#include "cli/commands.hpp"

int main(int argc, char** argv) { return upward::cli::RunCli(argc, argv); }
