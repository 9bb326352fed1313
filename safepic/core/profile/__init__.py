"""The profile-words check: details in a profile that can lead back to a person."""
