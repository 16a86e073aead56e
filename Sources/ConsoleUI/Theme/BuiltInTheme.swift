/// The default theme compiled into the binary, so an installed rolecall works from any
/// directory. It must equal `Themes/default.json` byte for byte (a test checks; regenerate by
/// copying the file's contents here).
enum BuiltInTheme {
    /// The JSON text of `Themes/default.json`.
    static let json = #"""
{
  "$schema": "./theme.schema.json",
  "name": "default",
  "description": "Follows your terminal's own 16-colour palette on every terminal (reference palette: VS Code dark).",
  "followsTerminalPalette": true,
  "foreground": { "truecolor": "#cccccc", "256": -1, "16": "default" },
  "background": { "truecolor": "#1e1e1e", "256": -1, "16": "default" },
  "roles": {
    "text": {
      "fg": { "truecolor": "#cccccc", "256": -1, "16": "default" },
      "monochrome": []
    },
    "muted": {
      "fg": { "truecolor": "#949494", "256": 8, "16": "brightBlack" },
      "monochrome": ["dim"]
    },
    "title": {
      "fg": { "truecolor": "#29b8db", "256": 14, "16": "brightCyan" },
      "attributes": ["bold"],
      "monochrome": ["bold", "underline"]
    },
    "border": {
      "fg": { "truecolor": "#767676", "256": 8, "16": "brightBlack" },
      "monochrome": []
    },
    "focus": {
      "fg": { "truecolor": "#000000", "256": 0, "16": "black" },
      "bg": { "truecolor": "#29b8db", "256": 6, "16": "cyan" },
      "attributes": ["bold"],
      "monochrome": ["reverse", "bold"]
    },
    "selection": {
      "fg": { "truecolor": "#000000", "256": 0, "16": "black" },
      "bg": { "truecolor": "#3b8eea", "256": 4, "16": "blue" },
      "monochrome": ["reverse"]
    },
    "keyHint": {
      "fg": { "truecolor": "#f5f543", "256": 11, "16": "brightYellow" },
      "attributes": ["bold"],
      "monochrome": ["bold"]
    },
    "disabled": {
      "fg": { "truecolor": "#949494", "256": 8, "16": "brightBlack" },
      "monochrome": ["dim"]
    },
    "success": {
      "fg": { "truecolor": "#23d18b", "256": 2, "16": "green" },
      "attributes": ["bold"],
      "monochrome": ["bold"]
    },
    "warning": {
      "fg": { "truecolor": "#e5e510", "256": 3, "16": "yellow" },
      "attributes": ["bold"],
      "monochrome": ["bold", "underline"]
    },
    "danger": {
      "fg": { "truecolor": "#f14c4c", "256": 1, "16": "red" },
      "attributes": ["bold"],
      "monochrome": ["bold", "reverse"]
    },
    "info": {
      "fg": { "truecolor": "#29b8db", "256": 6, "16": "cyan" },
      "monochrome": []
    },
    "notice": {
      "fg": { "truecolor": "#000000", "256": 0, "16": "black" },
      "bg": { "truecolor": "#e5e510", "256": 3, "16": "yellow" },
      "monochrome": ["reverse"]
    },
    "input": {
      "fg": { "truecolor": "#cccccc", "256": -1, "16": "default" },
      "bg": { "truecolor": "#1e1e1e", "256": -1, "16": "default" },
      "attributes": ["underline"],
      "monochrome": ["underline"]
    },
    "jsonKey": {
      "fg": { "truecolor": "#29b8db", "256": 6, "16": "cyan" },
      "monochrome": ["bold"]
    },
    "jsonString": {
      "fg": { "truecolor": "#23d18b", "256": 2, "16": "green" },
      "monochrome": []
    },
    "jsonNumber": {
      "fg": { "truecolor": "#d670d6", "256": 5, "16": "magenta" },
      "monochrome": []
    },
    "jsonLiteral": {
      "fg": { "truecolor": "#e5e510", "256": 3, "16": "yellow" },
      "monochrome": ["underline"]
    },
    "jsonPunctuation": {
      "fg": { "truecolor": "#949494", "256": 8, "16": "brightBlack" },
      "monochrome": []
    },
    "diffAdd": {
      "fg": { "truecolor": "#23d18b", "256": 2, "16": "green" },
      "monochrome": ["bold"]
    },
    "diffRemove": {
      "fg": { "truecolor": "#f14c4c", "256": 1, "16": "red" },
      "monochrome": ["underline"]
    },
    "switchRed": {
      "fg": { "truecolor": "#f14c4c", "256": 1, "16": "red" },
      "attributes": ["bold"],
      "monochrome": ["bold"]
    },
    "switchOrange": {
      "fg": { "truecolor": "#f5a142", "256": 9, "16": "brightRed" },
      "attributes": ["bold"],
      "monochrome": ["bold"]
    },
    "switchYellow": {
      "fg": { "truecolor": "#e5e510", "256": 3, "16": "yellow" },
      "attributes": ["bold"],
      "monochrome": ["bold"]
    },
    "switchGreen": {
      "fg": { "truecolor": "#23d18b", "256": 2, "16": "green" },
      "attributes": ["bold"],
      "monochrome": ["bold"]
    },
    "switchBlue": {
      "fg": { "truecolor": "#5ba6f0", "256": 12, "16": "brightBlue" },
      "attributes": ["bold"],
      "monochrome": ["bold"]
    },
    "header": {
      "fg": { "truecolor": "#ffffff", "256": 15, "16": "brightWhite" },
      "bg": { "truecolor": "#2472c8", "256": 4, "16": "blue" },
      "attributes": ["bold"],
      "monochrome": ["reverse"]
    },
    "headerIdentity": {
      "fg": { "truecolor": "#ffffff", "256": 15, "16": "brightWhite" },
      "bg": { "truecolor": "#2472c8", "256": 4, "16": "blue" },
      "monochrome": ["reverse", "bold"]
    },
    "tab": {
      "fg": { "truecolor": "#ffffff", "256": 15, "16": "brightWhite" },
      "bg": { "truecolor": "#2472c8", "256": 4, "16": "blue" },
      "monochrome": ["reverse"]
    },
    "tabActive": {
      "fg": { "truecolor": "#ffff80", "256": 11, "16": "brightYellow" },
      "bg": { "truecolor": "#2472c8", "256": 4, "16": "blue" },
      "attributes": ["bold", "underline"],
      "monochrome": ["reverse", "bold", "underline"]
    },
    "statusBar": {
      "fg": { "truecolor": "#000000", "256": 0, "16": "black" },
      "bg": { "truecolor": "#cccccc", "256": 7, "16": "white" },
      "monochrome": ["reverse"]
    },
    "overlay": {
      "fg": { "truecolor": "#cccccc", "256": -1, "16": "default" },
      "bg": { "truecolor": "#1e1e1e", "256": -1, "16": "default" },
      "monochrome": []
    }
  }
}
"""#
}
