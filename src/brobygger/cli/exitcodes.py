"""The exit codes of ``brobygger-cli``: 0 ok; 2 bad input (message on stderr, nothing
written); 1 any other error."""

EXIT_OK, EXIT_ERROR, EXIT_INPUT = 0, 1, 2
