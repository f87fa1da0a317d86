/* IMPORTANT
 * This snapshot file is auto-generated, but designed for humans.
 * It should be checked into source control and tracked carefully.
 * Re-generate by setting TAP_SNAPSHOT=1 and running tests.
 * Make sure to inspect the output below.  Do not ignore changes!
 */
'use strict'
exports[`test/cards/examples.test.ts > TAP > branch_protection_rule > branch_protection_rule.created #1 1`] = `
Object {
  "ignored": "branch_protection_rule: settings change, not activity",
}
`

exports[`test/cards/examples.test.ts > TAP > branch_protection_rule > branch_protection_rule.created #2 1`] = `
Object {
  "ignored": "branch_protection_rule: settings change, not activity",
}
`

exports[`test/cards/examples.test.ts > TAP > branch_protection_rule > branch_protection_rule.deleted #3 1`] = `
Object {
  "ignored": "branch_protection_rule: settings change, not activity",
}
`

exports[`test/cards/examples.test.ts > TAP > branch_protection_rule > branch_protection_rule.edited #0 1`] = `
Object {
  "ignored": "branch_protection_rule: settings change, not activity",
}
`

exports[`test/cards/examples.test.ts > TAP > branch_protection_rule > branch_protection_rule.edited #4 1`] = `
Object {
  "ignored": "branch_protection_rule: settings change, not activity",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.completed #1 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.completed #2 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.completed #3 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.created #0 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.created #4 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.created #5 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.requested_action #6 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.rerequested #7 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_run > check_run.rerequested #8 1`] = `
Object {
  "ignored": "check_run: single checks are too fine-grained; failed suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.completed #0 1`] = `
Object {
  "ignored": "check_suite.completed: check suite success (only failures are announced)",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.completed #1 1`] = `
Object {
  "ignored": "check_suite.completed: check suite success (only failures are announced)",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.completed #2 1`] = `
Object {
  "ignored": "check_suite.completed: check suite success (only failures are announced)",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.completed #3 1`] = `
Object {
  "ignored": "check_suite.completed: check suite success (only failures are announced)",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.requested #4 1`] = `
Object {
  "ignored": "check_suite.requested: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.requested #5 1`] = `
Object {
  "ignored": "check_suite.requested: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.requested #6 1`] = `
Object {
  "ignored": "check_suite.requested: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.rerequested #7 1`] = `
Object {
  "ignored": "check_suite.rerequested: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > check_suite > check_suite.rerequested #8 1`] = `
Object {
  "ignored": "check_suite.rerequested: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > code_scanning_alert > code_scanning_alert.closed_by_user #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Code scanning alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Resolved",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "CVE-2020-27218 Severity=Medium Package=http2-hpack Version=9.4.27.v20200227",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "  #10",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/4007128?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked the alert closed",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Error",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tool",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Anchore Container Vulnerability Report (T0)",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Rule",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "ANCHOREVULN_CVE-2020-27218_java-archive_http2-hpack_9.4.27.v20200227",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Code scanning alert: CVE-2020-27218 Severity=Medium Package=http2-hpack Version=9.4.27.v20200227 (Error)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > code_scanning_alert > code_scanning_alert.created #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Code scanning alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Error severity",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "Query built from user-controlled sources",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "  #10",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "github",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/9919?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/github",
                  },
                  "text": "github",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " reported a code scanning alert",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Error",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tool",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "CodeQL",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Rule",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "java/sql-injection",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "code-feature",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Code scanning alert: Query built from user-controlled sources (Error)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > code_scanning_alert > code_scanning_alert.fixed #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Code scanning alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Resolved",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "Query built from user-controlled sources",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "  #10",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "github",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/9919?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/github",
                  },
                  "text": "github",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked the alert fixed",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Error",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tool",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "CodeQL",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Rule",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "java/sql-injection",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Location",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "src/main/java/com/github/demo/service/BookService.java",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  line 84",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "refs/pull/11/merge",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Code scanning alert: Query built from user-controlled sources (Error)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > code_scanning_alert > code_scanning_alert.reopened #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Code scanning alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "size": "Small",
                      "text": "Note severity",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "Add the frozen_string_literal comment to the top of files to help transition to frozen string literals by default.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "  #10",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "github",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/9919?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/github",
                  },
                  "text": "github",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked the alert reopened",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Note",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tool",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Rubocop",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Rule",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "Style/FrozenStringLiteralComment",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "main",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Code scanning alert: Add the frozen_string_literal comment to the top of files to help transition to frozen string literals by default. (Note)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > code_scanning_alert > code_scanning_alert.reopened #4 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Code scanning alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "size": "Small",
                      "text": "Note severity",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "Add the frozen_string_literal comment to the top of files to help transition to frozen string literals by default.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "  #10",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "github",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/9919?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/github",
                  },
                  "text": "github",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked the alert reopened",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Note",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tool",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Rubocop",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Rule",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "Style/FrozenStringLiteralComment",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Code scanning alert: Add the frozen_string_literal comment to the top of files to help transition to frozen string literals by default. (Note)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > code_scanning_alert > code_scanning_alert.reopened #5 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Code scanning alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "size": "Small",
                      "text": "Note severity",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "Add the frozen_string_literal comment to the top of files to help transition to frozen string literals by default.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/security/code-scanning/10",
          },
          "size": "Large",
          "text": "  #10",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "github",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/9919?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/github",
                  },
                  "text": "github",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked the alert reopened",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Note",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tool",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Rubocop",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Rule",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "Style/FrozenStringLiteralComment",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Code scanning alert: Add the frozen_string_literal comment to the top of files to help transition to frozen string literals by default. (Note)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > commit_comment > commit_comment.created #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
    },
    Object {
      "title": "Open commit",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on commit",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "Commit ",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "fontType": "Monospace",
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "6113728",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on a commit",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a really good change! :+1:",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on a commit: Commit 6113728",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > commit_comment > commit_comment.created #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
    },
    Object {
      "title": "Open commit",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on commit",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "Commit ",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "fontType": "Monospace",
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "6113728",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on a commit",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a really good change! :+1:",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "File",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "README.md",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  line 1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat commented on a commit: Commit 6113728",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > commit_comment > commit_comment.created #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
    },
    Object {
      "title": "Open commit",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on commit",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "Commit ",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "fontType": "Monospace",
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "6113728",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on a commit",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a really good change! :+1:",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on a commit: Commit 6113728",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > commit_comment > commit_comment.created #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
    },
    Object {
      "title": "Open commit",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on commit",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "Commit ",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "fontType": "Monospace",
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "6113728",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on a commit",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a really good change! :+1:",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on a commit: Commit 6113728",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > commit_comment > commit_comment.created #4 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
    },
    Object {
      "title": "Open commit",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on commit",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "Commit ",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "fontType": "Monospace",
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674",
          },
          "size": "Large",
          "text": "6113728",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on a commit",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a really good change! :+1:",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on a commit: Commit 6113728",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > create > create #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag created",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > create > create #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag created",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > create > create #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag created",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > create > create #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag created",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > create > create #4 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag created",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > delete > delete #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tags",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > delete > delete #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tags",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > delete > delete #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tags",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > delete > delete #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tags",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > dependabot_alert > dependabot_alert.created #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/wolfy1339/pika-pack/security/dependabot/20",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/wolfy1339/pika-pack/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/wolfy1339/pika-pack",
                      },
                      "text": "wolfy1339/pika-pack",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Dependabot alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "warning",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "size": "Small",
                      "text": "Medium severity",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/wolfy1339/pika-pack/security/dependabot/20",
          },
          "size": "Large",
          "text": "semver vulnerable to Regular Expression Denial of Service",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/wolfy1339/pika-pack/security/dependabot/20",
          },
          "size": "Large",
          "text": "  #20",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Dependabot",
          },
          "text": "Dependabot",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "text": " found a vulnerable dependency",
          "type": "TextRun",
        },
      ],
      "spacing": "Small",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Medium",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Package",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "semver",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  npm",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Manifest",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "package-lock.json",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Vulnerable",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "< 7.5.2",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Fixed in",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "7.5.2",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Advisory",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "GHSA-c2qf-rxjj-qqgw · CVE-2022-25883",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Dependabot alert: semver vulnerable to Regular Expression Denial of Service (Medium)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > dependabot_alert > dependabot_alert.fixed #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octocat/hello-world/security/dependabot/1",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octocat/hello-world/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/octocat/hello-world",
                      },
                      "text": "octocat/hello-world",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Dependabot alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Resolved",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octocat/hello-world/security/dependabot/1",
          },
          "size": "Large",
          "text": "Insertion of Sensitive Information into Log File in ansible",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octocat/hello-world/security/dependabot/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "github",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/9919?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/github",
                  },
                  "text": "github",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " fixed this alert",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Medium",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Package",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "ansible",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  pip",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Manifest",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "path/to/requirements.txt",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Vulnerable",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "< 2.8.19",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Fixed in",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "2.8.19",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Advisory",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "GHSA-8f4m-hccc-8qph · CVE-2021-20191",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Dependabot alert: Insertion of Sensitive Information into Log File in ansible (Medium)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > dependabot_alert > dependabot_alert.fixed #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open alert",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octocat/hello-world/security/dependabot/1",
    },
    Object {
      "title": "Security overview",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octocat/hello-world/security",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/octocat/hello-world",
                      },
                      "text": "octocat/hello-world",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Dependabot alert",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Resolved",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octocat/hello-world/security/dependabot/1",
          },
          "size": "Large",
          "text": "Insertion of Sensitive Information into Log File in ansible",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octocat/hello-world/security/dependabot/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "github",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars.githubusercontent.com/u/9919?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/github",
                  },
                  "text": "github",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " fixed this alert",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Severity",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Medium",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Package",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "ansible",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  pip",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Manifest",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "path/to/requirements.txt",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Vulnerable",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "< 2.8.19",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Fixed in",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "2.8.19",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Advisory",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "GHSA-8f4m-hccc-8qph · CVE-2021-20191",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Dependabot alert: Insertion of Sensitive Information into Log File in ansible (Medium)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > deploy_key > deploy_key.created #0 1`] = `
Object {
  "ignored": "deploy_key: settings change, not activity",
}
`

exports[`test/cards/examples.test.ts > TAP > deploy_key > deploy_key.created #1 1`] = `
Object {
  "ignored": "deploy_key: settings change, not activity",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment > deployment.created #0 1`] = `
Object {
  "ignored": "deployment: deployments are announced by their final deployment_status",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment > deployment.created #1 1`] = `
Object {
  "ignored": "deployment: deployments are announced by their final deployment_status",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment > deployment.created #2 1`] = `
Object {
  "ignored": "deployment: deployments are announced by their final deployment_status",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment > deployment.created #3 1`] = `
Object {
  "ignored": "deployment: deployments are announced by their final deployment_status",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment_review > deployment_review.requested #0 1`] = `
Object {
  "ignored": "deployment_review: deployment reviews are not announced yet",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment_status > deployment_status.created #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open deployment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/deployments",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Deployment",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Deployed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/deployments",
          },
          "size": "Large",
          "text": "Production: deployed",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deployed to production",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Environment",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "production",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "isSubtle": true,
                  "text": "  f95f852",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deployed to production: deployed",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment_status > deployment_status.created #1 1`] = `
Object {
  "ignored": "deployment_status.created: deployment in_progress is an intermediate state",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment_status > deployment_status.created #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open deployment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/deployments",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Deployment",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Deployed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/deployments",
          },
          "size": "Large",
          "text": "Production: deployed",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deployed to production",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Environment",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "production",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "isSubtle": true,
                  "text": "  f95f852",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deployed to production: deployed",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > deployment_status > deployment_status.created #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open deployment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/deployments",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Deployment",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Deployed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/deployments",
          },
          "size": "Large",
          "text": "Production: deployed",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deployed to production",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Environment",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "production",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Ref",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "isSubtle": true,
                  "text": "  f95f852",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deployed to production: deployed",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.answered #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open answer",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/discussions/4#discussioncomment-550561",
    },
    Object {
      "title": "Open discussion",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/discussions/4",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Discussion answered",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "accent",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "accent",
                      "size": "Small",
                      "text": "Answered",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/discussions/4",
          },
          "size": "Large",
          "text": "TEST edit",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/discussions/4",
          },
          "size": "Large",
          "text": "  #4",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked an answer by dan2wik",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "Poggers",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Category",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "Q&A",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat marked an answer by dan2wik: TEST edit",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.category_changed #2 1`] = `
Object {
  "ignored": "discussion.category_changed: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.created #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open discussion",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/octo-repo/discussions/90",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/octo-org/octo-repo",
                      },
                      "text": "octo-org/octo-repo",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Discussion started",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/discussions/90",
          },
          "size": "Large",
          "text": "Welcome to discussions!",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/discussions/90",
          },
          "size": "Large",
          "text": "  #90",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " started this discussion",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "We're glad to have you here!",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Category",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "General",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat started this discussion: Welcome to discussions!",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.created #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open discussion",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/discussions/4",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Discussion started",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/discussions/4",
          },
          "size": "Large",
          "text": "TEST edit",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/discussions/4",
          },
          "size": "Large",
          "text": "  #4",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " started this discussion",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "TEST edit",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Category",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "General",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat started this discussion: TEST edit",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.edited #4 1`] = `
Object {
  "ignored": "discussion.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.edited #5 1`] = `
Object {
  "ignored": "discussion.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.labeled #6 1`] = `
Object {
  "ignored": "discussion.labeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.labeled #7 1`] = `
Object {
  "ignored": "discussion.labeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.locked #8 1`] = `
Object {
  "ignored": "discussion.locked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.locked #9 1`] = `
Object {
  "ignored": "discussion.locked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.pinned #10 1`] = `
Object {
  "ignored": "discussion.pinned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.transferred #11 1`] = `
Object {
  "ignored": "discussion.transferred: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.unanswered #12 1`] = `
Object {
  "ignored": "discussion.unanswered: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.unlabeled #13 1`] = `
Object {
  "ignored": "discussion.unlabeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion > discussion.unlocked #14 1`] = `
Object {
  "ignored": "discussion.unlocked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion_comment > discussion_comment.created #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/octo-repo/discussions/90#discussioncomment-544078",
    },
    Object {
      "title": "Open discussion",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/octo-repo/discussions/90",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/octo-org/octo-repo",
                      },
                      "text": "octo-org/octo-repo",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on discussion",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/discussions/90#discussioncomment-544078",
          },
          "size": "Large",
          "text": "Welcome to discussions!",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/discussions/90#discussioncomment-544078",
          },
          "size": "Large",
          "text": "  #90",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on this discussion",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "I have so many questions to ask you!",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Category",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "General",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat commented on this discussion: Welcome to discussions! #90",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion_comment > discussion_comment.created #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/discussions/4#discussioncomment-550062",
    },
    Object {
      "title": "Open discussion",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/discussions/4",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on discussion",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/discussions/4#discussioncomment-550062",
          },
          "size": "Large",
          "text": "TEST edit",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/discussions/4#discussioncomment-550062",
          },
          "size": "Large",
          "text": "  #4",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on this discussion",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "ANSWER",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Category",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "General",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat commented on this discussion: TEST edit #4",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion_comment > discussion_comment.deleted #2 1`] = `
Object {
  "ignored": "discussion_comment.deleted: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > discussion_comment > discussion_comment.edited #3 1`] = `
Object {
  "ignored": "discussion_comment.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > fork > fork #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open fork",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Fork",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Octocoders",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/38302899?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Octocoders",
                  },
                  "text": "Octocoders",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " forked Hello-World",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Stars",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "★ 0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Forks",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Octocoders forked Hello-World",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > fork > fork #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open fork",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Fork",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Octocoders",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/38302899?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Octocoders",
                  },
                  "text": "Octocoders",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " forked Hello-World",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Stars",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "★ 0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Forks",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Octocoders forked Hello-World",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > fork > fork #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open fork",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Fork",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Octocoders",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/38302899?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Octocoders",
                  },
                  "text": "Octocoders",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " forked Hello-World",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Stars",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "★ 0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Forks",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Octocoders forked Hello-World",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > github_app_authorization > github_app_authorization.revoked #0 1`] = `
Object {
  "ignored": "github_app_authorization: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > github_app_authorization > github_app_authorization.revoked #1 1`] = `
Object {
  "ignored": "github_app_authorization: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > gollum > gollum #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open page",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/wiki/Home",
    },
    Object {
      "title": "Open wiki",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/wiki",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Wiki updated",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/wiki/Home",
          },
          "size": "Large",
          "text": "Home",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "rachmari",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars2.githubusercontent.com/u/9831992?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/rachmari",
                  },
                  "text": "rachmari",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " edited a wiki page",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "rachmari edited a wiki page",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > gollum > gollum #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open page",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/wiki/Home",
    },
    Object {
      "title": "Open wiki",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/wiki",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Wiki updated",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/wiki/Home",
          },
          "size": "Large",
          "text": "Home",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "rachmari",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars2.githubusercontent.com/u/9831992?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/rachmari",
                  },
                  "text": "rachmari",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " edited a wiki page",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "rachmari edited a wiki page",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > gollum > gollum #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open page",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/wiki/Home",
    },
    Object {
      "title": "Open wiki",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/wiki",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Wiki updated",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/wiki/Home",
          },
          "size": "Large",
          "text": "Home",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "rachmari",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars2.githubusercontent.com/u/9831992?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/rachmari",
                  },
                  "text": "rachmari",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " edited a wiki page",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "rachmari edited a wiki page",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > installation > installation.created #1 1`] = `
Object {
  "ignored": "installation: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation > installation.created #2 1`] = `
Object {
  "ignored": "installation: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation > installation.deleted #0 1`] = `
Object {
  "ignored": "installation: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation > installation.deleted #3 1`] = `
Object {
  "ignored": "installation: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation > installation.new_permissions_accepted #4 1`] = `
Object {
  "ignored": "installation: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation > installation.suspend #5 1`] = `
Object {
  "ignored": "installation: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation > installation.unsuspend #6 1`] = `
Object {
  "ignored": "installation: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation_repositories > installation_repositories.added #0 1`] = `
Object {
  "ignored": "installation_repositories: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation_repositories > installation_repositories.added #1 1`] = `
Object {
  "ignored": "installation_repositories: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > installation_repositories > installation_repositories.removed #2 1`] = `
Object {
  "ignored": "installation_repositories: GitHub App lifecycle",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.created #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
    },
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on issue",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "You are totally right! I'll get this fixed right away.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on this issue: Spelling error in the README file #1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.created #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
    },
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on issue",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "You are totally right! I'll get this fixed right away.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on this issue: Spelling error in the README file #1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.created #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
    },
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on issue",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "You are totally right! I'll get this fixed right away.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on this issue: Spelling error in the README file #1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.created #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
    },
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on issue",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "You are totally right! I'll get this fixed right away.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on this issue: Spelling error in the README file #1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.created #4 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
    },
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Comment on issue",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "You are totally right! I'll get this fixed right away.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
  ],
  "fallbackText": "Codertocat commented on this issue: Spelling error in the README file #1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.deleted #5 1`] = `
Object {
  "ignored": "issue_comment.deleted: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.deleted #6 1`] = `
Object {
  "ignored": "issue_comment.deleted: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.edited #7 1`] = `
Object {
  "ignored": "issue_comment.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issue_comment > issue_comment.edited #8 1`] = `
Object {
  "ignored": "issue_comment.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.assigned #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue assigned",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " self-assigned this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat self-assigned this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.assigned #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue assigned",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " self-assigned this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat self-assigned this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.assigned #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue assigned",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " self-assigned this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat self-assigned this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.deleted #4 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.demilestoned #5 1`] = `
Object {
  "ignored": "issues.demilestoned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.demilestoned #6 1`] = `
Object {
  "ignored": "issues.demilestoned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.edited #0 1`] = `
Object {
  "ignored": "issues.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.edited #7 1`] = `
Object {
  "ignored": "issues.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.edited #8 1`] = `
Object {
  "ignored": "issues.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.labeled #10 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue labeled",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " added the label bug",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat added the label bug: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.labeled #9 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue labeled",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " added the label bug",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat added the label bug: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.locked #11 1`] = `
Object {
  "ignored": "issues.locked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.locked #12 1`] = `
Object {
  "ignored": "issues.locked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.milestoned #13 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue milestoned",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " added this to the v1.0 milestone",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat added this to the v1.0 milestone: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.milestoned #14 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue milestoned",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " added this to the v1.0 milestone",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat added this to the v1.0 milestone: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.opened #15 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "It looks like you accidently spelled 'commit' with two 't's.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.opened #16 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.opened #17 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "It looks like you accidently spelled 'commit' with two 't's.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.opened #18 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "It looks like you accidently spelled 'commit' with two 't's.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.pinned #19 1`] = `
Object {
  "ignored": "issues.pinned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.reopened #20 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/issues/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue reopened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "Spelling error in the README file",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/issues/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " reopened this issue",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Milestone",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat reopened this issue: Spelling error in the README file (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.transferred #21 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open issue",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/hello-world-npm/pull/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/octo-org/octo-repo",
                      },
                      "text": "octo-org/octo-repo",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Issue transferred",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/hello-world-npm/pull/1",
          },
          "size": "Large",
          "text": "Update package.json",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/hello-world-npm/pull/1",
          },
          "size": "Large",
          "text": "  #1",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " transferred this issue to Codertocat/Hello-World",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Moved to",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/issues/1",
                  },
                  "text": "Codertocat/Hello-World",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat transferred this issue to Codertocat/Hello-World: Update package.json (#1)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.unassigned #22 1`] = `
Object {
  "ignored": "issues.unassigned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.unassigned #23 1`] = `
Object {
  "ignored": "issues.unassigned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.unlabeled #24 1`] = `
Object {
  "ignored": "issues.unlabeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.unlabeled #25 1`] = `
Object {
  "ignored": "issues.unlabeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.unlocked #26 1`] = `
Object {
  "ignored": "issues.unlocked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.unlocked #27 1`] = `
Object {
  "ignored": "issues.unlocked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > issues > issues.unpinned #28 1`] = `
Object {
  "ignored": "issues.unpinned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > label > label.created #1 1`] = `
Object {
  "ignored": "label: label definitions are housekeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > label > label.created #2 1`] = `
Object {
  "ignored": "label: label definitions are housekeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > label > label.created #3 1`] = `
Object {
  "ignored": "label: label definitions are housekeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > label > label.deleted #0 1`] = `
Object {
  "ignored": "label: label definitions are housekeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > label > label.deleted #4 1`] = `
Object {
  "ignored": "label: label definitions are housekeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > label > label.edited #5 1`] = `
Object {
  "ignored": "label: label definitions are housekeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > marketplace_purchase > marketplace_purchase.cancelled #1 1`] = `
Object {
  "ignored": "marketplace_purchase: GitHub Marketplace billing",
}
`

exports[`test/cards/examples.test.ts > TAP > marketplace_purchase > marketplace_purchase.changed #2 1`] = `
Object {
  "ignored": "marketplace_purchase: GitHub Marketplace billing",
}
`

exports[`test/cards/examples.test.ts > TAP > marketplace_purchase > marketplace_purchase.purchased #0 1`] = `
Object {
  "ignored": "marketplace_purchase: GitHub Marketplace billing",
}
`

exports[`test/cards/examples.test.ts > TAP > marketplace_purchase > marketplace_purchase.purchased #3 1`] = `
Object {
  "ignored": "marketplace_purchase: GitHub Marketplace billing",
}
`

exports[`test/cards/examples.test.ts > TAP > member > member.added #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open profile",
      "type": "Action.OpenUrl",
      "url": "https://github.com/hacktocat",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Collaborator added",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Added",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/hacktocat",
          },
          "size": "Large",
          "text": "hacktocat joined Codertocat/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "hacktocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars2.githubusercontent.com/u/39652351?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/hacktocat",
                  },
                  "text": "hacktocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " added hacktocat to this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Member",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/hacktocat",
                  },
                  "text": "hacktocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "hacktocat added hacktocat to this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > member > member.added #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open profile",
      "type": "Action.OpenUrl",
      "url": "https://github.com/hacktocat",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Collaborator added",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Added",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/hacktocat",
          },
          "size": "Large",
          "text": "hacktocat joined Codertocat/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "hacktocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars2.githubusercontent.com/u/39652351?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/hacktocat",
                  },
                  "text": "hacktocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " added hacktocat to this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Member",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/hacktocat",
                  },
                  "text": "hacktocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "hacktocat added hacktocat to this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > member > member.added #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open profile",
      "type": "Action.OpenUrl",
      "url": "https://github.com/hacktocat",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Collaborator added",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Added",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/hacktocat",
          },
          "size": "Large",
          "text": "hacktocat joined Codertocat/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "hacktocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars2.githubusercontent.com/u/39652351?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/hacktocat",
                  },
                  "text": "hacktocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " added hacktocat to this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Member",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/hacktocat",
                  },
                  "text": "hacktocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "hacktocat added hacktocat to this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > member > member.edited #3 1`] = `
Object {
  "ignored": "member.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > membership > membership.added #1 1`] = `
Object {
  "ignored": "membership: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > membership > membership.removed #0 1`] = `
Object {
  "ignored": "membership: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > membership > membership.removed #2 1`] = `
Object {
  "ignored": "membership: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > membership > membership.removed #3 1`] = `
Object {
  "ignored": "membership: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > membership > membership.removed #4 1`] = `
Object {
  "ignored": "membership: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > merge_group > merge_group.checks_requested #0 1`] = `
Object {
  "ignored": "merge_group: merge queue internals",
}
`

exports[`test/cards/examples.test.ts > TAP > merge_group > merge_group.checks_requested #1 1`] = `
Object {
  "ignored": "merge_group: merge queue internals",
}
`

exports[`test/cards/examples.test.ts > TAP > meta > meta.deleted #0 1`] = `
Object {
  "ignored": "meta: webhook settings change",
}
`

exports[`test/cards/examples.test.ts > TAP > meta > meta.deleted #1 1`] = `
Object {
  "ignored": "meta: webhook settings change",
}
`

exports[`test/cards/examples.test.ts > TAP > milestone > milestone.closed #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open milestone",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/milestone/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Milestone closed",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "accent",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "accent",
                      "size": "Small",
                      "text": "Closed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/milestone/1",
          },
          "size": "Large",
          "text": "v1.0",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " closed the milestone v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "Add new space flight simulator",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Progress",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "0 closed, 0 open",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Due",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "2019-05-23",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat closed the milestone v1.0",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > milestone > milestone.closed #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open milestone",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/milestone/1",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Milestone closed",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "accent",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "accent",
                      "size": "Small",
                      "text": "Closed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/milestone/1",
          },
          "size": "Large",
          "text": "v1.0",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " closed the milestone v1.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "Add new space flight simulator",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Progress",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "0 closed, 0 open",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Due",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "2019-05-23",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat closed the milestone v1.0",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > milestone > milestone.created #0 1`] = `
Object {
  "ignored": "milestone.created: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > milestone > milestone.created #3 1`] = `
Object {
  "ignored": "milestone.created: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > milestone > milestone.deleted #4 1`] = `
Object {
  "ignored": "milestone.deleted: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > org_block > org_block.blocked #0 1`] = `
Object {
  "ignored": "org_block: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > org_block > org_block.blocked #1 1`] = `
Object {
  "ignored": "org_block: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > org_block > org_block.blocked #2 1`] = `
Object {
  "ignored": "org_block: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > org_block > org_block.unblocked #3 1`] = `
Object {
  "ignored": "org_block: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > organization > organization.member_added #0 1`] = `
Object {
  "ignored": "organization: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > organization > organization.member_added #1 1`] = `
Object {
  "ignored": "organization: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > organization > organization.member_added #2 1`] = `
Object {
  "ignored": "organization: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > organization > organization.member_invited #3 1`] = `
Object {
  "ignored": "organization: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > organization > organization.renamed #4 1`] = `
Object {
  "ignored": "organization: organization administration",
}
`

exports[`test/cards/examples.test.ts > TAP > package > package.published #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open package",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/hello-world-npm/packages/10696?version=1.0.0",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/hello-world-npm",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/hello-world-npm",
                      },
                      "text": "Codertocat/hello-world-npm",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Package published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Published",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/hello-world-npm/packages/10696?version=1.0.0",
          },
          "size": "Large",
          "text": "hello-world-npm",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/hello-world-npm/packages/10696?version=1.0.0",
          },
          "size": "Large",
          "text": "  1.0.0",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published hello-world-npm 1.0.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "A simple npm package to demonstrate GitHub Packages",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Package",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "hello-world-npm",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Version",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "1.0.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Registry",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "GitHub npm registry",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published hello-world-npm 1.0.0",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > package > package.published #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open package",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/container/hello-world/10696",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/hello-world-npm",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/hello-world-npm",
                      },
                      "text": "Codertocat/hello-world-npm",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Package published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Published",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/container/hello-world/10696",
          },
          "size": "Large",
          "text": "hello-world-npm",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/container/hello-world/10696",
          },
          "size": "Large",
          "text": "  sha256:3da1996a8115d7616457760d9920b815241d0a03b34cf5f04e9a0e9d8de37498",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published hello-world-npm sha256:3da1996a8115d7616457760d9920b815241d0a03b34cf5f04e9a0e9d8de37498",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "Hello-World in a docker container",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Package",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "hello-world-npm",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Version",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "sha256:3da1996a8115d7616457760d9920b815241d0a03b34cf5f04e9a0e9d8de37498",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Registry",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "GitHub CONTAINER registry",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published hello-world-npm sha256:3da1996a8115d7616457760d9920b815241d0a03b34cf5f04e9a0e9d8de37498",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > package > package.published #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open package",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/hello-world-npm/packages/10696?version=1.0.0",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/hello-world-npm",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/hello-world-npm",
                      },
                      "text": "Codertocat/hello-world-npm",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Package published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Published",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/hello-world-npm/packages/10696?version=1.0.0",
          },
          "size": "Large",
          "text": "hello-world-npm",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/hello-world-npm/packages/10696?version=1.0.0",
          },
          "size": "Large",
          "text": "  1.0.0",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published hello-world-npm 1.0.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "A simple npm package to demonstrate GitHub Packages",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Package",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "hello-world-npm",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Version",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "1.0.0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Registry",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "GitHub npm registry",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published hello-world-npm 1.0.0",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > page_build > page_build #0 1`] = `
Object {
  "ignored": "page_build: Pages builds are announced through workflow runs",
}
`

exports[`test/cards/examples.test.ts > TAP > page_build > page_build #1 1`] = `
Object {
  "ignored": "page_build: Pages builds are announced through workflow runs",
}
`

exports[`test/cards/examples.test.ts > TAP > page_build > page_build #2 1`] = `
Object {
  "ignored": "page_build: Pages builds are announced through workflow runs",
}
`

exports[`test/cards/examples.test.ts > TAP > ping > ping #0 1`] = `
Object {
  "ignored": "ping: webhook set-up check, answered by the webhook route",
}
`

exports[`test/cards/examples.test.ts > TAP > ping > ping #1 1`] = `
Object {
  "ignored": "ping: webhook set-up check, answered by the webhook route",
}
`

exports[`test/cards/examples.test.ts > TAP > ping > ping #2 1`] = `
Object {
  "ignored": "ping: webhook set-up check, answered by the webhook route",
}
`

exports[`test/cards/examples.test.ts > TAP > ping > ping #3 1`] = `
Object {
  "ignored": "ping: webhook set-up check, answered by the webhook route",
}
`

exports[`test/cards/examples.test.ts > TAP > project > project.created #0 1`] = `
Object {
  "ignored": "project: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project > project.created #1 1`] = `
Object {
  "ignored": "project: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project > project.created #2 1`] = `
Object {
  "ignored": "project: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.created #0 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.created #1 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.created #2 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.created #3 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.created #4 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.deleted #5 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.deleted #6 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.deleted #7 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_card > project_card.moved #8 1`] = `
Object {
  "ignored": "project_card: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_column > project_column.created #0 1`] = `
Object {
  "ignored": "project_column: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_column > project_column.created #1 1`] = `
Object {
  "ignored": "project_column: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_column > project_column.created #2 1`] = `
Object {
  "ignored": "project_column: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > project_column > project_column.edited #3 1`] = `
Object {
  "ignored": "project_column: classic projects are retired",
}
`

exports[`test/cards/examples.test.ts > TAP > projects_v2_item > projects_v2_item.archived #1 1`] = `
Object {
  "ignored": "projects_v2_item: project boards are not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > projects_v2_item > projects_v2_item.converted #2 1`] = `
Object {
  "ignored": "projects_v2_item: project boards are not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > projects_v2_item > projects_v2_item.created #0 1`] = `
Object {
  "ignored": "projects_v2_item: project boards are not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > projects_v2_item > projects_v2_item.created #3 1`] = `
Object {
  "ignored": "projects_v2_item: project boards are not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > projects_v2_item > projects_v2_item.edited #4 1`] = `
Object {
  "ignored": "projects_v2_item: project boards are not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > projects_v2_item > projects_v2_item.reordered #5 1`] = `
Object {
  "ignored": "projects_v2_item: project boards are not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > projects_v2_item > projects_v2_item.restored #6 1`] = `
Object {
  "ignored": "projects_v2_item: project boards are not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > public > public #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository public",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Public",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World",
          },
          "size": "Large",
          "text": "Codertocat/Hello-World is now public",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " made this repository public",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat made this repository public",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > public > public #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository public",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Public",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World",
          },
          "size": "Large",
          "text": "Codertocat/Hello-World is now public",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " made this repository public",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat made this repository public",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > public > public #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository public",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Public",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World",
          },
          "size": "Large",
          "text": "Codertocat/Hello-World is now public",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " made this repository public",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat made this repository public",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.assigned #1 1`] = `
Object {
  "ignored": "pull_request.assigned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.assigned #2 1`] = `
Object {
  "ignored": "pull_request.assigned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.closed #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request closed",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Closed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " closed this pull request without merging",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat closed this pull request without merging: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.closed #4 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request closed",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Closed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " closed this pull request without merging",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat closed this pull request without merging: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.converted_to_draft #5 1`] = `
Object {
  "ignored": "pull_request.converted_to_draft: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.converted_to_draft #6 1`] = `
Object {
  "ignored": "pull_request.converted_to_draft: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.converted_to_draft #7 1`] = `
Object {
  "ignored": "pull_request.converted_to_draft: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.labeled #8 1`] = `
Object {
  "ignored": "pull_request.labeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.labeled #9 1`] = `
Object {
  "ignored": "pull_request.labeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.locked #10 1`] = `
Object {
  "ignored": "pull_request.locked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.locked #11 1`] = `
Object {
  "ignored": "pull_request.locked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.opened #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this pull request",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a pretty simple change that we need to pull into master.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this pull request: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.opened #12 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this pull request",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a pretty simple change that we need to pull into master.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this pull request: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.opened #13 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this pull request",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this pull request: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.opened #14 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request opened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " opened this pull request",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a pretty simple change that we need to pull into master.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat opened this pull request: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.ready_for_review #15 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Ready for review",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked this pull request ready for review",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a pretty simple change that we need to pull into master.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat marked this pull request ready for review: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.ready_for_review #16 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Ready for review",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked this pull request ready for review",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a pretty simple change that we need to pull into master.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat marked this pull request ready for review: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.ready_for_review #17 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Ready for review",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " marked this pull request ready for review",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "This is a pretty simple change that we need to pull into master.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat marked this pull request ready for review: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.reopened #18 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request reopened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " reopened this pull request",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat reopened this pull request: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.reopened #19 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pull request reopened",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " reopened this pull request",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat reopened this pull request: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.review_request_removed #20 1`] = `
Object {
  "ignored": "pull_request.review_request_removed: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.review_requested #21 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Review requested",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " requested a review from octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat requested a review from octocat: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.synchronize #22 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
    Object {
      "title": "Compare",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/compare/f95f852bd8fca8fcc58a9a2d6c842781e32a215e...ec26c3e57ca3a959ca5aad62de7213c562f8c821",
    },
    Object {
      "title": "Files changed",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2/files",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "New commits",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " pushed f95f852…ec26c3e",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/changes",
                  },
                  "text": "changes",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  →  ",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Changes",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "1 commit, 1 file",
                  "type": "TextRun",
                },
                Object {
                  "text": "  ",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "+1 −1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Labels",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "text": "bug",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Assignees",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Reviewers",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "color": "accent",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "http://github.com/octocat",
                  },
                  "text": "octocat",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat pushed f95f852…ec26c3e: Update the README with new information. (#2)",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.unassigned #23 1`] = `
Object {
  "ignored": "pull_request.unassigned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.unassigned #24 1`] = `
Object {
  "ignored": "pull_request.unassigned: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.unlabeled #25 1`] = `
Object {
  "ignored": "pull_request.unlabeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.unlabeled #26 1`] = `
Object {
  "ignored": "pull_request.unlabeled: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.unlocked #27 1`] = `
Object {
  "ignored": "pull_request.unlocked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request > pull_request.unlocked #28 1`] = `
Object {
  "ignored": "pull_request.unlocked: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review > pull_request_review.dismissed #1 1`] = `
Object {
  "ignored": "pull_request_review.dismissed: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review > pull_request_review.submitted #0 1`] = `
Object {
  "ignored": "pull_request_review.submitted: review without a body (its comments are announced on their own)",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review > pull_request_review.submitted #2 1`] = `
Object {
  "ignored": "pull_request_review.submitted: review without a body (its comments are announced on their own)",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review > pull_request_review.submitted #3 1`] = `
Object {
  "ignored": "pull_request_review.submitted: review without a body (its comments are announced on their own)",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_comment > pull_request_review_comment.created #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
    },
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Review comment",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on the changes",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "Maybe you should use more emoji on this line.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "File",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "README.md",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat commented on #2: Update the README with new information.",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_comment > pull_request_review_comment.created #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
    },
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Review comment",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on the changes",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "Maybe you should use more emoji on this line.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "File",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "README.md",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  line 265",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat commented on #2: Update the README with new information.",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_comment > pull_request_review_comment.created #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open comment",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
    },
    Object {
      "title": "Open pull request",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/pull/2",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Review comment",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Open",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
          },
          "size": "Large",
          "text": "Update the README with new information.",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/pull/2#discussion_r284312630",
          },
          "size": "Large",
          "text": "  #2",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " commented on the changes",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "text": "Maybe you should use more emoji on this line.",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "File",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "README.md",
                  "type": "TextRun",
                },
                Object {
                  "isSubtle": true,
                  "text": "  line 265",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat commented on #2: Update the README with new information.",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_comment > pull_request_review_comment.deleted #3 1`] = `
Object {
  "ignored": "pull_request_review_comment.deleted: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_comment > pull_request_review_comment.edited #4 1`] = `
Object {
  "ignored": "pull_request_review_comment.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_thread > pull_request_review_thread.resolved #0 1`] = `
Object {
  "ignored": "pull_request_review_thread: thread resolution is bookkeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_thread > pull_request_review_thread.resolved #1 1`] = `
Object {
  "ignored": "pull_request_review_thread: thread resolution is bookkeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > pull_request_review_thread > pull_request_review_thread.unresolved #2 1`] = `
Object {
  "ignored": "pull_request_review_thread: thread resolution is bookkeeping",
}
`

exports[`test/cards/examples.test.ts > TAP > push > push #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag pushed",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/simple-tag",
          },
          "size": "Large",
          "text": "Tag simple-tag",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " pushed the tag to 6113728",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/simple-tag",
                  },
                  "text": "simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat pushed the tag to 6113728",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > push > push #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "Tag simple-tag deleted",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > push > push #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "Tag simple-tag deleted",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > push > push #3 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "Tag simple-tag deleted",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > push > push #4 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Compare changes",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "New branch",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
          },
          "size": "Large",
          "text": "New branch master",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created master with 1 commit",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "color": "accent",
          "fontType": "Monospace",
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
          },
          "text": "6113728",
          "type": "TextRun",
        },
        Object {
          "text": "  Initial commit",
          "type": "TextRun",
        },
        Object {
          "isSubtle": true,
          "text": "  — Codertocat",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created master with 1 commit",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > push > push #5 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Compare changes",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "New branch",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
          },
          "size": "Large",
          "text": "New branch master",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created master with 1 commit",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "inlines": Array [
        Object {
          "color": "accent",
          "fontType": "Monospace",
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
          },
          "text": "6113728",
          "type": "TextRun",
        },
        Object {
          "text": "  Initial commit",
          "type": "TextRun",
        },
        Object {
          "isSubtle": true,
          "text": "  — Codertocat",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created master with 1 commit",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > push > push #6 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open tag",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/tags",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Tag deleted",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "attention",
                      "size": "Small",
                      "text": "Deleted",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/tags",
          },
          "size": "Large",
          "text": "Tag simple-tag deleted",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " deleted the tag simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "text": "simple-tag",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat deleted the tag simple-tag",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.created #1 1`] = `
Object {
  "ignored": "release.created: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.created #2 1`] = `
Object {
  "ignored": "release.created: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.created #3 1`] = `
Object {
  "ignored": "release.created: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.deleted #4 1`] = `
Object {
  "ignored": "release.deleted: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.deleted #5 1`] = `
Object {
  "ignored": "release.deleted: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.edited #6 1`] = `
Object {
  "ignored": "release.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.edited #7 1`] = `
Object {
  "ignored": "release.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.prereleased #8 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open release",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
    },
    Object {
      "title": "All releases",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pre-release published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "warning",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "size": "Small",
                      "text": "Pre-release",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
          },
          "size": "Large",
          "text": "0.0.1",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published a pre-release",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/0.0.1",
                  },
                  "text": "0.0.1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published a pre-release: 0.0.1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.prereleased #9 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open release",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
    },
    Object {
      "title": "All releases",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Pre-release published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "warning",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "size": "Small",
                      "text": "Pre-release",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
          },
          "size": "Large",
          "text": "0.0.1",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published a pre-release",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/0.0.1",
                  },
                  "text": "0.0.1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published a pre-release: 0.0.1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.published #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open release",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
    },
    Object {
      "title": "All releases",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Release published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Latest",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
          },
          "size": "Large",
          "text": "0.0.1",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published a release",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/0.0.1",
                  },
                  "text": "0.0.1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published a release: 0.0.1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.published #10 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open release",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
    },
    Object {
      "title": "All releases",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Release published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Latest",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
          },
          "size": "Large",
          "text": "0.0.1",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published a release",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/0.0.1",
                  },
                  "text": "0.0.1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published a release: 0.0.1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.published #11 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open release",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
    },
    Object {
      "title": "All releases",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World/releases",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Release published",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Latest",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat/Hello-World/releases/tag/0.0.1",
          },
          "size": "Large",
          "text": "0.0.1",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " published a release",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Tag",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat/Hello-World/tree/0.0.1",
                  },
                  "text": "0.0.1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat published a release: 0.0.1",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > release > release.released #12 1`] = `
Object {
  "ignored": "release.released: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.created #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Octocoders/Hello-World",
                      },
                      "text": "Octocoders/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository created",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "New",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.created #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Octocoders/Hello-World",
                      },
                      "text": "Octocoders/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository created",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "New",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " created this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat created this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.edited #3 1`] = `
Object {
  "ignored": "repository.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.edited #4 1`] = `
Object {
  "ignored": "repository.edited: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.privatized #5 1`] = `
Object {
  "ignored": "repository.privatized: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.privatized #6 1`] = `
Object {
  "ignored": "repository.privatized: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.publicized #0 1`] = `
Object {
  "ignored": "repository.publicized: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.publicized #7 1`] = `
Object {
  "ignored": "repository.publicized: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.publicized #8 1`] = `
Object {
  "ignored": "repository.publicized: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.renamed #9 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Octocoders/Hello-World",
                      },
                      "text": "Octocoders/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository renamed",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "size": "Small",
                      "text": "Renamed",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " renamed Hello-World to Hello-World",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat renamed Hello-World to Hello-World",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.transferred #10 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Octocoders/Hello-World",
                      },
                      "text": "Octocoders/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository transferred",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "size": "Small",
                      "text": "Transferred",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " transferred this repository from octocat to Octocoders",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat transferred this repository from octocat to Octocoders",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.transferred #11 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Octocoders/Hello-World",
                      },
                      "text": "Octocoders/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository transferred",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "size": "Small",
                      "text": "Transferred",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " transferred this repository from octocat to Octocoders",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat transferred this repository from octocat to Octocoders",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > repository > repository.transferred #12 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Octocoders/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Octocoders/Hello-World",
                      },
                      "text": "Octocoders/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Repository transferred",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "size": "Small",
                      "text": "Transferred",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Octocoders/Hello-World",
          },
          "size": "Large",
          "text": "Octocoders/Hello-World",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " transferred this repository from octocat to Octocoders",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat transferred this repository from octocat to Octocoders",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_dispatch > repository_dispatch.on-demand-test #0 1`] = `
Object {
  "ignored": "repository_dispatch: machine-to-machine trigger",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_dispatch > repository_dispatch.on-demand-test #1 1`] = `
Object {
  "ignored": "repository_dispatch: machine-to-machine trigger",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_import > repository_import #0 1`] = `
Object {
  "ignored": "repository_import: one-off import progress",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_import > repository_import #1 1`] = `
Object {
  "ignored": "repository_import: one-off import progress",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_vulnerability_alert > repository_vulnerability_alert.create #0 1`] = `
Object {
  "ignored": "repository_vulnerability_alert: deprecated by GitHub; dependabot_alert is announced",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_vulnerability_alert > repository_vulnerability_alert.create #1 1`] = `
Object {
  "ignored": "repository_vulnerability_alert: deprecated by GitHub; dependabot_alert is announced",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_vulnerability_alert > repository_vulnerability_alert.create #2 1`] = `
Object {
  "ignored": "repository_vulnerability_alert: deprecated by GitHub; dependabot_alert is announced",
}
`

exports[`test/cards/examples.test.ts > TAP > repository_vulnerability_alert > repository_vulnerability_alert.dismiss #3 1`] = `
Object {
  "ignored": "repository_vulnerability_alert: deprecated by GitHub; dependabot_alert is announced",
}
`

exports[`test/cards/examples.test.ts > TAP > security_advisory > security_advisory.published #0 1`] = `
Object {
  "ignored": "security_advisory: global advisory database feed, not about this repository",
}
`

exports[`test/cards/examples.test.ts > TAP > security_advisory > security_advisory.published #1 1`] = `
Object {
  "ignored": "security_advisory: global advisory database feed, not about this repository",
}
`

exports[`test/cards/examples.test.ts > TAP > security_advisory > security_advisory.updated #2 1`] = `
Object {
  "ignored": "security_advisory: global advisory database feed, not about this repository",
}
`

exports[`test/cards/examples.test.ts > TAP > security_advisory > security_advisory.withdrawn #3 1`] = `
Object {
  "ignored": "security_advisory: global advisory database feed, not about this repository",
}
`

exports[`test/cards/examples.test.ts > TAP > sponsorship > sponsorship.created #0 1`] = `
Object {
  "ignored": "sponsorship: sponsorships are personal, not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > sponsorship > sponsorship.created #2 1`] = `
Object {
  "ignored": "sponsorship: sponsorships are personal, not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > sponsorship > sponsorship.pending_tier_change #1 1`] = `
Object {
  "ignored": "sponsorship: sponsorships are personal, not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > sponsorship > sponsorship.pending_tier_change #3 1`] = `
Object {
  "ignored": "sponsorship: sponsorships are personal, not repository activity",
}
`

exports[`test/cards/examples.test.ts > TAP > star > star.created #0 1`] = `
Object {
  "ignored": "star: stars are announced from the watch event (GitHub sends both)",
}
`

exports[`test/cards/examples.test.ts > TAP > star > star.created #1 1`] = `
Object {
  "ignored": "star: stars are announced from the watch event (GitHub sends both)",
}
`

exports[`test/cards/examples.test.ts > TAP > star > star.deleted #2 1`] = `
Object {
  "ignored": "star: stars are announced from the watch event (GitHub sends both)",
}
`

exports[`test/cards/examples.test.ts > TAP > status > status #0 1`] = `
Object {
  "ignored": "status: commit statuses are too fine-grained; check suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > status > status #1 1`] = `
Object {
  "ignored": "status: commit statuses are too fine-grained; check suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > status > status #2 1`] = `
Object {
  "ignored": "status: commit statuses are too fine-grained; check suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > status > status #3 1`] = `
Object {
  "ignored": "status: commit statuses are too fine-grained; check suites and workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > team > team.added_to_repository #0 1`] = `
Object {
  "ignored": "team: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team > team.added_to_repository #1 1`] = `
Object {
  "ignored": "team: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team > team.created #2 1`] = `
Object {
  "ignored": "team: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team > team.deleted #3 1`] = `
Object {
  "ignored": "team: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team > team.edited #4 1`] = `
Object {
  "ignored": "team: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team > team.removed_from_repository #5 1`] = `
Object {
  "ignored": "team: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team_add > team_add #0 1`] = `
Object {
  "ignored": "team_add: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team_add > team_add #1 1`] = `
Object {
  "ignored": "team_add: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > team_add > team_add #2 1`] = `
Object {
  "ignored": "team_add: organization team administration",
}
`

exports[`test/cards/examples.test.ts > TAP > watch > watch.started #0 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open profile",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Star",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat",
          },
          "size": "Large",
          "text": "★ Codertocat/Hello-World has a new stargazer",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " starred this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Stars",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "★ 1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Forks",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat starred this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > watch > watch.started #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open profile",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Star",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat",
          },
          "size": "Large",
          "text": "★ Codertocat/Hello-World has a new stargazer",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " starred this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Stars",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "★ 1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Forks",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat starred this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > watch > watch.started #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open profile",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat",
    },
    Object {
      "title": "Open repository",
      "type": "Action.OpenUrl",
      "url": "https://github.com/Codertocat/Hello-World",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/Codertocat/Hello-World",
                      },
                      "text": "Codertocat/Hello-World",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Star",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/Codertocat",
          },
          "size": "Large",
          "text": "★ Codertocat/Hello-World has a new stargazer",
          "type": "TextRun",
          "weight": "Bolder",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars1.githubusercontent.com/u/21031067?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " starred this repository",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Stars",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "★ 1",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Forks",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "0",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "Codertocat starred this repository",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_dispatch > workflow_dispatch #0 1`] = `
Object {
  "ignored": "workflow_dispatch: machine-to-machine trigger",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_dispatch > workflow_dispatch #1 1`] = `
Object {
  "ignored": "workflow_dispatch: machine-to-machine trigger",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.completed #1 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.completed #2 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.in_progress #0 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.in_progress #3 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.in_progress #4 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.queued #5 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.queued #6 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_job > workflow_job.waiting #7 1`] = `
Object {
  "ignored": "workflow_job: single jobs are too fine-grained; workflow runs are announced",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_run > workflow_run.completed #0 1`] = `
Object {
  "ignored": "workflow_run.completed: workflow run without conclusion",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_run > workflow_run.completed #1 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open run",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
    },
    Object {
      "title": "Open workflow",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/octo-repo/blob/master/.github/workflows/test.yml",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/octo-org/octo-repo",
                      },
                      "text": "octo-org/octo-repo",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Workflow run",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Succeeded",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
          },
          "size": "Large",
          "text": "test succeeded",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
          },
          "size": "Large",
          "text": "  on master",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars0.githubusercontent.com/u/15669918?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " started this run (repository dispatch)",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Workflow",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "test",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/octo-org/octo-repo/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "isSubtle": true,
                  "text": "  3484a3f",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Commit",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "build(test): check workflow run event payload",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Duration",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "0 s",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Run",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "#163",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "test succeeded on master",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_run > workflow_run.completed #2 1`] = `
Object {
  "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
  "actions": Array [
    Object {
      "title": "Open run",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
    },
    Object {
      "title": "Open workflow",
      "type": "Action.OpenUrl",
      "url": "https://github.com/octo-org/octo-repo/blob/master/.github/workflows/test.yml",
    },
  ],
  "body": Array [
    Object {
      "bleed": true,
      "items": Array [
        Object {
          "columns": Array [
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "selectAction": Object {
                        "type": "Action.OpenUrl",
                        "url": "https://github.com/octo-org/octo-repo",
                      },
                      "text": "octo-org/octo-repo",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "  ·  ",
                      "type": "TextRun",
                    },
                    Object {
                      "isSubtle": true,
                      "text": "Workflow run",
                      "type": "TextRun",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "stretch",
            },
            Object {
              "items": Array [
                Object {
                  "inlines": Array [
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "●  ",
                      "type": "TextRun",
                    },
                    Object {
                      "color": "good",
                      "size": "Small",
                      "text": "Succeeded",
                      "type": "TextRun",
                      "weight": "Bolder",
                    },
                  ],
                  "type": "RichTextBlock",
                },
              ],
              "type": "Column",
              "verticalContentAlignment": "Center",
              "width": "auto",
            },
          ],
          "type": "ColumnSet",
        },
      ],
      "style": "emphasis",
      "type": "Container",
    },
    Object {
      "inlines": Array [
        Object {
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
          },
          "size": "Large",
          "text": "test succeeded",
          "type": "TextRun",
          "weight": "Bolder",
        },
        Object {
          "isSubtle": true,
          "selectAction": Object {
            "type": "Action.OpenUrl",
            "url": "https://github.com/octo-org/octo-repo/actions/runs/289782451",
          },
          "size": "Large",
          "text": "  on master",
          "type": "TextRun",
        },
      ],
      "spacing": "Medium",
      "type": "RichTextBlock",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "altText": "Codertocat",
              "height": "24px",
              "size": "Small",
              "style": "Person",
              "type": "Image",
              "url": "https://avatars0.githubusercontent.com/u/15669918?v=4",
              "width": "24px",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "auto",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/Codertocat",
                  },
                  "text": "Codertocat",
                  "type": "TextRun",
                  "weight": "Bolder",
                },
                Object {
                  "isSubtle": true,
                  "text": " started this run (repository dispatch)",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "verticalContentAlignment": "Center",
          "width": "stretch",
        },
      ],
      "spacing": "Small",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Workflow",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "test",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "Medium",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Branch",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "fontType": "Monospace",
                  "selectAction": Object {
                    "type": "Action.OpenUrl",
                    "url": "https://github.com/octo-org/octo-repo/tree/master",
                  },
                  "text": "master",
                  "type": "TextRun",
                },
                Object {
                  "fontType": "Monospace",
                  "isSubtle": true,
                  "text": "  3484a3f",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Commit",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "build(test): check workflow run event payload",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Duration",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "0 s",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
    Object {
      "columns": Array [
        Object {
          "items": Array [
            Object {
              "isSubtle": true,
              "text": "Run",
              "type": "TextBlock",
              "wrap": true,
            },
          ],
          "type": "Column",
          "width": "96px",
        },
        Object {
          "items": Array [
            Object {
              "inlines": Array [
                Object {
                  "text": "#163",
                  "type": "TextRun",
                },
              ],
              "type": "RichTextBlock",
            },
          ],
          "type": "Column",
          "width": "stretch",
        },
      ],
      "spacing": "None",
      "type": "ColumnSet",
    },
  ],
  "fallbackText": "test succeeded on master",
  "msteams": Object {
    "width": "Full",
  },
  "type": "AdaptiveCard",
  "version": "1.4",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_run > workflow_run.requested #3 1`] = `
Object {
  "ignored": "workflow_run.requested: ignored on purpose",
}
`

exports[`test/cards/examples.test.ts > TAP > workflow_run > workflow_run.requested #4 1`] = `
Object {
  "ignored": "workflow_run.requested: ignored on purpose",
}
`
