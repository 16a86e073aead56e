import IAMPolicy

print("rolecall: under construction")
