"""Xiaomi AI Timeline: a desktop viewer for sourced, dated event data.

Identity constants live here so the .desktop file, AppStream metainfo, icons and
QGuiApplication all agree on one reverse-DNS id.
"""

__version__ = "0.1.0"

APP_NAME = "Xiaomi AI Timeline"
APP_ID = "io.github.xiaomi_ai_timeline.XiaomiAITimeline"
ORGANIZATION_NAME = "Xiaomi AI Timeline"
ORGANIZATION_DOMAIN = "xiaomi-ai-timeline.github.io"
EXECUTABLE = "xiaomi-timeline"
