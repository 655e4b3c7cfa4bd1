package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/backstretch/backstretch/statedir"
)

// prepareStateFolder narrows the modes in the state folder that holds
// historyPath, saying so on warn, and refuses a history that is
// not a regular file. The folder is the program's own even when
// XDG_STATE_HOME leads to it: the backstretch folder in it is the
// program's to make.
func (a *app) prepareStateFolder(historyPath string, warn io.Writer) error {
	notices, err := statedir.Prepare(filepath.Dir(historyPath), statedir.Own, filepath.Base(historyPath))
	for _, n := range notices {
		fmt.Fprintf(warn, "backstretch: %s\n", n)
	}
	return err
}
