package plain

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/backstretch/backstretch/checkin"
)

// Show prints a question's title and text, without its prompt.
func Show(out io.Writer, q checkin.Question) {
	say(out, "%s", q.Title)
	if q.Notice != "" {
		say(out, "%s", q.Notice)
	}
	for _, l := range q.Lines {
		if q.Kind == checkin.Info {
			l = "- " + l
		}
		say(out, "%s", l)
	}
}

// Ask prints q and reads its answer from lines, asking again after an
// answer it cannot take. The end of input, or of ctx (a signal), means
// leave.
func Ask(ctx context.Context, out io.Writer, q checkin.Question, lines <-chan string) checkin.Answer {
	Show(out, q)
	prompt := q.Prompt
	switch q.Kind {
	case checkin.Info:
		prompt += " (q to stop here)"
	case checkin.YesNo:
		prompt += " (y/n)"
	case checkin.Scale:
		if q.Optional {
			prompt += " (Enter to skip)"
		}
		if q.WarmUp {
			prompt += " (w for the warm-up first)"
		}
		if q.Retake {
			prompt += " (r to retake the safety screening first)"
		}
	}
	for {
		fmt.Fprintf(out, "%s ", prompt)
		var line string
		var ok bool
		select {
		case line, ok = <-lines:
		case <-ctx.Done():
		}
		if !ok {
			fmt.Fprintln(out)
			return checkin.Answer{Leave: true}
		}
		line = strings.TrimSpace(line)
		switch q.Kind {
		case checkin.Info:
			return checkin.Answer{Leave: strings.EqualFold(line, "q")}
		case checkin.Confirm:
			return checkin.Answer{Yes: strings.EqualFold(line, checkin.ConfirmWord)}
		case checkin.YesNo:
			switch strings.ToLower(line) {
			case "y", "yes":
				return checkin.Answer{Yes: true}
			case "n", "no":
				return checkin.Answer{}
			case "q":
				return checkin.Answer{Leave: true}
			}
			fmt.Fprintln(out, "Please answer y (yes) or n (no).")
		case checkin.Scale:
			if line == "" && q.Optional {
				return checkin.Answer{Skip: true}
			}
			if strings.EqualFold(line, "q") && !q.Optional {
				return checkin.Answer{Leave: true}
			}
			if strings.EqualFold(line, "r") && q.Retake {
				return checkin.Answer{Retake: true}
			}
			if strings.EqualFold(line, "w") && q.WarmUp {
				return checkin.Answer{WarmUp: true}
			}
			n, err := checkin.ParsePain(line)
			if err == nil {
				return checkin.Answer{Value: n}
			}
			fmt.Fprintln(out, "Please type a whole number from 0 (no pain) to 10 (worst).")
		}
	}
}
