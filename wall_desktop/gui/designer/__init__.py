"""Forms compiled from the Designer sources in ui/."""
