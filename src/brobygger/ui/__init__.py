"""The Qt desktop client. The only package (besides ``brobygger.app``) that imports Qt."""
