// rolecall's training commands: exercises the lab grades and the trainer's class view
// (docs/exercises.md). Written by hand in the form of the generated AWS table, so help,
// docs/cli.md and completion treat them like every other command.

extension ShapeCatalog {
    static let classFormat = Shape("ClassFormatType", .string, enumValues: ["table", "json", "csv"])
}

extension OperationSpec {
    static let labExerciseList = OperationSpec(
        service: .lab, name: "LabExerciseList", cliName: "exercise list",
        summary: "Lists the built-in exercises (number, ID, title, tasks) and the lab's active exercise.",
        parameters: [],
        pagination: nil
    )

    static let labExerciseStart = OperationSpec(
        service: .lab, name: "LabExerciseStart", cliName: "exercise start",
        summary: "Prepares the lab for an exercise: the old lab goes to <store>/backup/<timestamp>/, the exercise's starting lab "
            + "and setup are made, and lab check grades it from then on. Asks first when the lab has work in it (roles, "
            + "access keys or an exercise); without a terminal, --yes is required then.",
        parameters: [
            Member("Number", "number", ShapeCatalog.labText, "The built-in exercise's number or ID (also the word after start: lab exercise start 3)."),
            Member("ExerciseFile", "exercise", ShapeCatalog.labText, "An exercise document (JSON, docs/exercises.md) to use instead of a built-in one."),
            Member("Yes", "yes", ShapeCatalog.labFlag, "Replace a lab that has work in it without asking."),
        ],
        pagination: nil
    )

    static let labClass = OperationSpec(
        service: .lab, name: "LabClass", cliName: "class",
        summary: "A trainer's view: grades every lab matching --labs (a glob such as 'DIR/*') without writing to any of them, "
            + "one row per lab: owner, exercise, tasks done, last activity, the task it is stuck on. --watch refreshes it.",
        parameters: [
            Member("Labs", "labs", ShapeCatalog.labText, required: true, "A glob of lab directories, e.g. '/srv/labs/*'. Quote it."),
            Member("Format", "format", ShapeCatalog.classFormat, "table (default), json or csv; --output table|json|csv says the same."),
            Member("Watch", "watch", ShapeCatalog.labFlag, "Refresh every two seconds until Ctrl-C (a terminal is needed)."),
        ],
        pagination: nil
    )
}
