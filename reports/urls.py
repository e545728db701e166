from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("ny/", views.report_start, name="report_start"),
    path("forhandsgranska/", views.markdown_preview, name="markdown_preview"),
    path("<int:year>/", views.report_detail, name="report_detail"),
    path("<int:year>/redigera/", views.report_edit, name="report_edit"),
    path("<int:year>/pdf/", views.report_pdf, name="report_pdf"),
]
