// The standard streams a command was started with: closed ones are filled before anything opens.
#pragma once

namespace clerk::app {

// Opens /dev/null on any of descriptors 0, 1 and 2 that is closed, so no file clerk opens later
// (an output's temporary file, the config) takes that number and receives what is meant for the
// terminal. Returns whether standard output was closed.
bool fill_closed_standard_streams();

}  // namespace clerk::app
