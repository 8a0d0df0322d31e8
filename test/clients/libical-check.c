/*
 * Reads one .ics file with libical (Debian's libical-dev; the library Evolution uses), runs
 * libical's RFC 5545/5546 restriction check on it and prints every problem libical records
 * (X-LIC-ERROR), then the calendar's X- properties as libical read them and a count line.
 * Exit 0 when libical records no problem, 1 when it does, 2 when the file cannot be read.
 * Built by test/clients/libical.test.ts: cc libical-check.c $(pkg-config --cflags --libs libical)
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(2);
  }
  if (fseek(f, 0, SEEK_END) != 0) exit(2);
  long n = ftell(f);
  rewind(f);
  char *buf = malloc((size_t)n + 1);
  if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
    perror(path);
    exit(2);
  }
  buf[n] = '\0';
  fclose(f);
  return buf;
}

/* Every X-LIC-ERROR libical attached while parsing or checking, in this component and below. */
static int report(icalcomponent *c) {
  int n = 0;
  for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
    printf("%s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(c)), icalproperty_get_xlicerror(p));
    n++;
  }
  for (icalcomponent *k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
       k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
    n += report(k);
  return n;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE.ics\n", argv[0]);
    return 2;
  }
  char *text = slurp(argv[1]);
  icalcomponent *cal = icalparser_parse_string(text);
  if (!cal) {
    printf("not parsed: %s\n", icalerror_strerror(icalerrno));
    return 1;
  }
  /* Checks the component against the restrictions of its METHOD (RFC 5546), or of none. */
  icalrestriction_check(cal);
  int errors = report(cal);
  for (icalproperty *p = icalcomponent_get_first_property(cal, ICAL_X_PROPERTY); p;
       p = icalcomponent_get_next_property(cal, ICAL_X_PROPERTY))
    printf("%s=%s\n", icalproperty_get_x_name(p), icalproperty_get_x(p));
  printf("%d problem(s), %d event(s)\n", errors, icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT));
  icalcomponent_free(cal);
  free(text);
  return errors == 0 ? 0 : 1;
}
