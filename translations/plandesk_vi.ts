<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../plandesk/gui/about.py" line="36"/>
        <source>Giới thiệu PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="38"/>
        <source>Hồ sơ xây dựng xã điển hình về phong trào toàn dân bảo vệ an ninh Tổ quốc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="40"/>
        <source>Thư mục làm việc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="45"/>
        <source>Phông chữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="46"/>
        <source>toàn văn giấy phép trong resources/fonts/LICENSE-LiberationSerif.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="47"/>
        <source>Thư viện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="48"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="48"/>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="49"/>
        <source>Giấy phép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/about.py" line="50"/>
        <source>PlanDesk không kết nối Internet; mọi dữ liệu nằm trong thư mục làm việc trên máy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessActions</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="400"/>
        <source>Hồ &amp;sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="401"/>
        <source>&amp;Chốt hồ sơ để nộp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="403"/>
        <source>&amp;Mở lại hồ sơ đã chốt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="407"/>
        <source>Tài &amp;khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="408"/>
        <source>&amp;Tài khoản và đăng nhập…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="409"/>
        <source>Đổi &amp;mật khẩu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="411"/>
        <source>Đăng nhập &amp;người khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="421"/>
        <source>Người dùng: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="440"/>
        <source>Hồ sơ đã được chốt để nộp (%1, %2): chỉ xem, không sửa được. Muốn sửa, lãnh đạo chọn Hồ sơ → Mở lại hồ sơ đã chốt và ghi lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="447"/>
        <source>Tài khoản của bạn chỉ được xem hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="471"/>
        <source>Đã đổi mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="490"/>
        <source>Chốt hồ sơ để nộp? PlanDesk kiểm tra lại mọi tệp minh chứng và ghi mã kiểm tra của dữ liệu. Sau khi chốt, hồ sơ chỉ xem được; muốn sửa phải có lãnh đạo mở lại và ghi lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="493"/>
        <source>Lưu ý: %1 tiêu chí chưa có kết luận (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="495"/>
        <source>Chốt hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="499"/>
        <source>Đã chốt hồ sơ (%1 tài liệu minh chứng). Mã kiểm tra:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="504"/>
        <source>Đang kiểm tra minh chứng và chốt hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="103"/>
        <source>Tài khoản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="103"/>
        <source>Sửa tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="106"/>
        <source>Tài khoản đầu tiên bật đăng nhập cho thư mục làm việc này và phải có vai trò Lãnh đạo. Bạn sẽ được đăng nhập bằng tài khoản này; hãy ghi nhớ mật khẩu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="113"/>
        <source>ví dụ: tam.tm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="115"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="118"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="119"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="120"/>
        <source>&amp;Vai trò:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="124"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="125"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="127"/>
        <source>Cán bộ: sửa đánh giá và minh chứng. Lãnh đạo: thêm kết luận Đạt/Không đạt, chốt hồ sơ, quản lý tài khoản. Chỉ xem: không sửa được gì.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="137"/>
        <source>Hãy nhập tên đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="226"/>
        <source>Tài khoản và đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="233"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="233"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="233"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="234"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="243"/>
        <source>&amp;Thêm tài khoản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="245"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="247"/>
        <source>Đặt &amp;mật khẩu mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="249"/>
        <source>&amp;Ngừng / cho dùng lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="251"/>
        <source>Tắt đăng &amp;nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="271"/>
        <source>Đăng nhập đang tắt: ai dùng máy này cũng sửa được hồ sơ. Để bật, thêm tài khoản Lãnh đạo đầu tiên; sau đó mỗi người phải đăng nhập và chỉ làm được việc theo vai trò của mình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="275"/>
        <source>Đăng nhập đang bật. Bạn đang dùng tài khoản %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="279"/>
        <source>đang dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="279"/>
        <source>ngừng dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="281"/>
        <source>, tạm khóa đến %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="295"/>
        <source>Hãy chọn một tài khoản trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="332"/>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="340"/>
        <source>Tắt đăng nhập? Sau đó ai dùng máy này cũng sửa được hồ sơ. Các tài khoản được giữ lại (ngừng dùng) và có thể bật lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPicker</name>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="22"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="26"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="26"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="26"/>
        <source>Kích thước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="40"/>
        <source>Trước khi khôi phục, PlanDesk giữ lại dữ liệu hiện tại trong thư mục backups/. Bản sao lưu “đầy đủ” có cả các tệp minh chứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="44"/>
        <source>Chọn &amp;tệp khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="64"/>
        <source>Chọn bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/backup_dialogs.py" line="65"/>
        <source>Bản sao lưu PlanDesk (*.zip *.sqlite);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionForm</name>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="44"/>
        <source>Tiêu chí này không có điều kiện đo được; Hội đồng đánh giá theo kết quả thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="57"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="57"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/condition_form.py" line="97"/>
        <source>ngày tổ chức:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilView</name>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="24"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="24"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="24"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="31"/>
        <source>Thành viên Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="32"/>
        <source>&amp;Thêm thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="34"/>
        <source>&amp;Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="36"/>
        <source>&amp;Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="38"/>
        <source>&amp;Nhập từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="40"/>
        <source>Xuất &amp;ra Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="51"/>
        <source>Danh sách dùng cho biên bản họp xét (có mặt, vắng mặt) và các khối chữ ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/council_view.py" line="101"/>
        <source>Xóa %1 khỏi danh sách Hội đồng?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="94"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="94"/>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="94"/>
        <source>Gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="94"/>
        <source>MC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>Mã tiêu chí và kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="96"/>
        <source>Tên tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="97"/>
        <source>Gợi ý tính từ số liệu, khi khác kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="97"/>
        <source>Số tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="134"/>
        <source>Kết luận: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/criteria.py" line="136"/>
        <source>Cơ quan thẩm định yêu cầu bổ sung: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionView</name>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="53"/>
        <source>Nội dung tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="57"/>
        <source>Số liệu để đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="61"/>
        <source>Gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="67"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="70"/>
        <source>Kết quả thực hiện: nêu số liệu, văn bản, hoạt động cụ thể…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="75"/>
        <source>Bắt buộc khi kết luận mà chưa có tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="90"/>
        <source>Gợi ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="91"/>
        <source>&amp;Kết luận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="92"/>
        <source>Kết &amp;quả thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="93"/>
        <source>&amp;Giải trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="94"/>
        <source>Đơn vị &amp;chủ trì:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="95"/>
        <source>Đơn vị &amp;phối hợp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="96"/>
        <source>&amp;Thời hạn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="102"/>
        <location filename="../plandesk/gui/criterion_view.py" line="111"/>
        <source>Ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="108"/>
        <source>Nhận xét của cơ quan thẩm định (gửi lại cho xã bằng gói ý kiến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="113"/>
        <source>Thẩm định:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="114"/>
        <source>Nhận xét:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/criterion_view.py" line="130"/>
        <source>Tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="32"/>
        <source>Đạt %v/%m tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="34"/>
        <source>Theo nhóm tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="36"/>
        <source>Danh sách tiêu chí chưa có minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="37"/>
        <source>Danh sách tiêu chí có kết luận khác gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="38"/>
        <source>Danh sách tiêu chí chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="40"/>
        <source>Việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="40"/>
        <location filename="../plandesk/gui/dashboard.py" line="52"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="40"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="44"/>
        <source>Các mốc thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="47"/>
        <location filename="../plandesk/gui/dashboard.py" line="116"/>
        <source>Chưa có minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="48"/>
        <location filename="../plandesk/gui/dashboard.py" line="118"/>
        <source>Kết luận khác gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="49"/>
        <location filename="../plandesk/gui/dashboard.py" line="120"/>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="93"/>
        <source>%1 — năm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="107"/>
        <source>không đạt %1 · đang thực hiện %2 · chưa đánh giá %3 · chưa có minh chứng %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="126"/>
        <source>đã xong ngày %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="129"/>
        <source>quá hạn %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dashboard.py" line="132"/>
        <source>còn %1 ngày</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="85"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="115"/>
        <source>&amp;Văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="123"/>
        <source>Xuất &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="125"/>
        <source>Xuất &amp;DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="127"/>
        <source>Xuất &amp;tất cả (PDF, DOCX, Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="129"/>
        <source>Chọn thư &amp;mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="131"/>
        <source>&amp;Mở thư mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="133"/>
        <source>&amp;In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="159"/>
        <location filename="../plandesk/gui/documents_view.py" line="380"/>
        <source>Thư mục xuất: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="192"/>
        <source>Số và ngày của văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="195"/>
        <source>để trống: ghi tay sau khi vào sổ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="201"/>
        <source>Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="202"/>
        <source>Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="205"/>
        <source>Cuộc họp xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="211"/>
        <source>Ngày họp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="216"/>
        <source>Chủ trì và thư ký lấy từ danh sách Hội đồng (vai trò Chủ tịch, Thư ký); số phiếu để trống thì tính theo số thành viên có mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="232"/>
        <source>Dùng lại văn bản tự động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="234"/>
        <source>Đã sửa theo ý người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="235"/>
        <source>Văn bản tự động từ số liệu hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="245"/>
        <source>Nơi nhận (mỗi dòng một nơi; “Lưu: VT” được thêm nếu thiếu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="323"/>
        <source>Đang dựng bản xem trước…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="356"/>
        <source>Xem trước: %1 trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="361"/>
        <source>Không dựng được bản xem trước: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="377"/>
        <source>Chọn thư mục ghi văn bản xuất ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="396"/>
        <source>Đã xuất vào %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="404"/>
        <source>%1

Nếu tệp đang mở trong Word hoặc trình đọc PDF, hãy đóng tệp rồi thử lại. Chọn thư mục khác để lưu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="406"/>
        <source>Không ghi được văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="407"/>
        <source>Chọn thư mục khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="412"/>
        <source>Đang xuất văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="425"/>
        <source>Không gửi được lệnh in (%1); tệp sẽ được mở để in bằng tay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPicker</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="270"/>
        <source>Chọn hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="270"/>
        <location filename="../plandesk/gui/dialogs.py" line="313"/>
        <source>Chào mừng đến với PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="273"/>
        <source>Chọn hồ sơ để làm việc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="274"/>
        <source>Chưa có hồ sơ nào. Tạo hồ sơ xây dựng xã điển hình của xã mình, hoặc mở hồ sơ mẫu (xã Thanh Mỹ, năm 2024) để xem cách làm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="281"/>
        <source>%1 — năm %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="291"/>
        <source>&amp;Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="293"/>
        <source>Hồ sơ &amp;năm sau từ hồ sơ này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="295"/>
        <source>&amp;Tạo hồ sơ mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="297"/>
        <source>Mở hồ sơ &amp;mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="299"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="69"/>
        <source>Thông tin tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="72"/>
        <source>ví dụ: 12/KH-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="80"/>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="81"/>
        <source>&amp;Số, ký hiệu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="82"/>
        <source>&amp;Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="83"/>
        <source>&amp;Cơ quan ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="84"/>
        <source>T&amp;rích yếu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="85"/>
        <source>&amp;Ghi chú:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="86"/>
        <source>Dùng cho tiêu chí:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="86"/>
        <source>(chưa gắn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="91"/>
        <source>Đọc được từ văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="93"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="93"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="94"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="94"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="101"/>
        <source>Điền &amp;các giá trị đọc được vào ô</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="117"/>
        <source>Tiêu chí gợi ý (đánh dấu để gắn tài liệu vào)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../plandesk/gui/models/evidence.py" line="79"/>
        <source>Đọc tự động từ văn bản: hãy kiểm tra rồi bấm “Xác nhận thông tin đọc được”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/evidence.py" line="83"/>
        <source>(chưa gắn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="80"/>
        <source>Danh sách tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="83"/>
        <source>Kéo thả tệp từ Explorer vào đây, hoặc bấm “Thêm tệp…”. Tệp trùng nội dung chỉ được liên kết, không chép lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="89"/>
        <source>&amp;Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="91"/>
        <source>&amp;Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="93"/>
        <source>Sửa thông &amp;tin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="95"/>
        <source>Gắn với &amp;tiêu chí…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="97"/>
        <source>&amp;Bỏ khỏi tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="99"/>
        <source>&amp;Xóa tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="101"/>
        <source>&amp;Xác nhận thông tin đọc được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="102"/>
        <source>Số, ngày, cơ quan ban hành và trích yếu đã được đọc từ văn bản; bấm để xác nhận các tài liệu đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="105"/>
        <source>Nhận dạng chữ bản &amp;quét (OCR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="121"/>
        <source>Tìm trong nội dung tài liệu (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="123"/>
        <source>Tìm trong nội dung tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="185"/>
        <source>Không tìm thấy tài liệu nào có “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="200"/>
        <source>Chưa có chương trình nhận dạng chữ (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="205"/>
        <source>Không có bản quét nào cần nhận dạng chữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="210"/>
        <source>Đã nhận dạng chữ %1/%2 bản quét.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="220"/>
        <source>Đang nhận dạng chữ các bản quét…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="236"/>
        <source>Chọn tệp minh chứng cho tiêu chí %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="237"/>
        <source>Tài liệu (*.pdf *.docx *.doc *.xlsx *.xls *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="310"/>
        <source>Bỏ %1 khỏi tiêu chí %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="319"/>
        <source>Tài liệu “%1” không còn dùng cho tiêu chí nào. Xóa hẳn tài liệu khỏi hồ sơ?
Chọn “Không” để giữ lại (xem ở thẻ Minh chứng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="332"/>
        <source>Tài liệu “%1” còn dùng cho tiêu chí %2; hãy bỏ liên kết trước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="336"/>
        <source>Xóa hẳn %1 khỏi hồ sơ? Không thể hoàn tác.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../plandesk/gui/history_view.py" line="17"/>
        <source>Lịch sử thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/history_view.py" line="18"/>
        <source>Mọi thay đổi được ghi lại và không thể sửa; “plandesk check” kiểm tra tính toàn vẹn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="121"/>
        <source>Nhập gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="124"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 năm %3 (bộ tiêu chí %4)&lt;br&gt;Mã nộp: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="128"/>
        <source>Hồ sơ này chưa có trong máy: sẽ được tạo mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="129"/>
        <source>Hồ sơ này đã có trong máy (số %1): bản hiện tại được lưu vào lịch sử trước khi nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="134"/>
        <source>Những gì đã kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="138"/>
        <source>Bản ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="138"/>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="138"/>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="148"/>
        <source>— chọn —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="149"/>
        <source>Giữ bản trong máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="150"/>
        <source>Lấy bản trong gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="154"/>
        <source>Các thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="157"/>
        <source>&amp;Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="161"/>
        <source>Đã kiểm tra (gói còn nguyên vẹn):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="165"/>
        <source>Đây là gói ý kiến thẩm định: ý kiến được ghi bên cạnh từng tiêu chí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="175"/>
        <source>Còn %1 bản ghi xung đột (đã sửa cả ở máy này và trong gói) cần quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="158"/>
        <source>Tài liệu dùng cho những tiêu chí nào</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="162"/>
        <source>Đang mở hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="90"/>
        <source>Tìm tiêu chí (gõ không dấu cũng được)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="92"/>
        <source>Tìm tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="97"/>
        <source>Lọc tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="103"/>
        <source>Danh sách tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="130"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="131"/>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="132"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="133"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="134"/>
        <source>Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="135"/>
        <source>Thiết lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="136"/>
        <source>Lịch sử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="137"/>
        <source>Tổng hợp các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="152"/>
        <source>Cho phép sửa hồ sơ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="695"/>
        <source>Thư mục làm việc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="174"/>
        <source>Đang lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="175"/>
        <source>Đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="193"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="194"/>
        <source>Hồ sơ &amp;mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="195"/>
        <source>&amp;Mở hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="196"/>
        <source>Hồ sơ năm &amp;sau từ hồ sơ này…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="198"/>
        <source>&amp;Xuất gói hồ sơ (USB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="200"/>
        <source>&amp;Nhập gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="202"/>
        <source>Xuất gói ý &amp;kiến thẩm định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="204"/>
        <source>&amp;Sao lưu đầy đủ (ra USB, ổ khác)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="205"/>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="207"/>
        <source>Xem thư mục &amp;làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="209"/>
        <source>Mở thư mục làm việc &amp;khác…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="210"/>
        <source>&amp;Chuyển thư mục làm việc sang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="212"/>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="214"/>
        <source>Tiêu &amp;chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="215"/>
        <source>Tiêu chí &amp;trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="217"/>
        <source>Tiêu chí &amp;sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="220"/>
        <source>Đính &amp;kèm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="222"/>
        <source>&amp;Tìm tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="224"/>
        <source>Nhập bảng &amp;phân công từ Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="226"/>
        <source>Xuất bảng phân công ra &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="228"/>
        <source>&amp;Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="233"/>
        <source>T&amp;rợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="234"/>
        <source>&amp;Giới thiệu PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="253"/>
        <source>Chưa sao lưu tự động được: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="283"/>
        <source>%1 — năm %2 — PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="302"/>
        <source>Đang xem hồ sơ %1 năm %2 để thẩm định: chỉ ghi được ý kiến thẩm định (Tiêu chí → Ý kiến thẩm định), rồi gửi lại xã bằng Tệp → Xuất gói ý kiến thẩm định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="328"/>
        <source>Đang tạo hồ sơ mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="473"/>
        <source>Đã ghi gói hồ sơ: %1
%2 tệp minh chứng, %3 MB%4.
Mã nộp: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="475"/>
        <source>, mã hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="476"/>
        <source>Xuất gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="478"/>
        <source>Đang ghi gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="494"/>
        <source>Đã ghi gói ý kiến thẩm định: %1
Gửi gói này cho %2; xã nhập gói để xem ý kiến bên cạnh từng tiêu chí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="497"/>
        <source>Xuất gói ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="501"/>
        <source>Đang ghi gói ý kiến thẩm định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="508"/>
        <source>Không thể %1 khi cơ sở dữ liệu nằm trên máy chủ dùng chung.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="509"/>
        <source>Cơ sở dữ liệu dùng chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="513"/>
        <source>sao lưu đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="515"/>
        <source>Chọn nơi ghi bản sao lưu (USB hoặc ổ đĩa khác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="524"/>
        <source>Đã sao lưu vào %1 (%2 MiB, %3 tệp minh chứng, đã kiểm tra lại).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="526"/>
        <source>Sao lưu đầy đủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="529"/>
        <source>Đang sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="532"/>
        <source>khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="543"/>
        <source>Bản sao lưu do PlanDesk mới hơn tạo ra; hãy cập nhật PlanDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="546"/>
        <source>Khôi phục bản sao lưu này? Dữ liệu hiện tại được giữ lại trong thư mục backups/ trước khi khôi phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="547"/>
        <location filename="../plandesk/gui/main_window.py" line="556"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="550"/>
        <source>Đang khôi phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="554"/>
        <source>Đã khôi phục từ %1. Dữ liệu trước đó được giữ tại %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="563"/>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="571"/>
        <source>Chọn gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="572"/>
        <source>Gói PlanDesk (*.plandesk *.plandesk.001);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="590"/>
        <source>Đang nhập gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="594"/>
        <source>Đã nhập %1 năm %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="595"/>
        <source>Nhập gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="611"/>
        <source>Đang kiểm tra gói hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="628"/>
        <source>ổ USB (ổ di động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="628"/>
        <source>ổ mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="630"/>
        <source>Thư mục làm việc %1 đang ở trên %2. Nếu ổ bị rút ra hoặc mất kết nối khi đang ghi, hồ sơ có thể bị hỏng.

Chép sang máy này và làm việc trên bản sao? (Thư mục trên %2 được giữ nguyên.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="641"/>
        <source>Chọn thư mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="647"/>
        <source>chuyển thư mục làm việc (hãy chép thư mục minh chứng và database.txt bằng tay; dữ liệu vẫn ở máy chủ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="650"/>
        <source>Chọn thư mục trống để chuyển thư mục làm việc sang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="668"/>
        <source>Đã chuyển thư mục làm việc sang %1; thư mục cũ %2 được giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="672"/>
        <source>Đang chép thư mục làm việc…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="681"/>
        <source>Không mở được thư mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/main_window.py" line="697"/>
        <source>dữ liệu dùng chung trên %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="184"/>
        <source>Thành viên Hội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="188"/>
        <source>ví dụ: Trưởng Công an xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="194"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="195"/>
        <source>&amp;Chức vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="196"/>
        <source>&amp;Vai trò trong Hội đồng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="207"/>
        <source>Hãy nhập họ và tên.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="243"/>
        <source>Hãy nhập tên xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="247"/>
        <source>Không có bộ tiêu chí nào; hãy cài đặt lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="9"/>
        <source>Tạo hồ sơ mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="15"/>
        <source>Nhập thông tin của xã và năm xây dựng xã điển hình. Có thể sửa lại sau ở thẻ Thiết lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="24"/>
        <source>Tên &amp;xã:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="30"/>
        <source>ví dụ: Thanh Mỹ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="35"/>
        <source>&amp;Mã đơn vị hành chính:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="44"/>
        <source>&amp;Huyện (nếu có):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="50"/>
        <source>ví dụ: huyện Tháp Mười</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="55"/>
        <source>&amp;Tỉnh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="61"/>
        <source>ví dụ: tỉnh Đồng Tháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="66"/>
        <source>&amp;Cơ quan xét công nhận:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="72"/>
        <source>ví dụ: Ban Chỉ đạo 138 huyện Tháp Mười</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="77"/>
        <source>&amp;Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/new_dossier.ui" line="90"/>
        <source>&amp;Bộ tiêu chí:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="23"/>
        <source>Xuất gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="23"/>
        <source>Xuất gói ý kiến thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="25"/>
        <source>&amp;Chọn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="30"/>
        <source>Kèm tờ trình, báo cáo, biên bản (PDF) cho người không có PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="33"/>
        <source>&amp;Mã hóa bằng mật khẩu (nên dùng khi chép ra USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="42"/>
        <source>&amp;Tệp gói:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="45"/>
        <source>Mật &amp;khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="46"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="47"/>
        <source>Báo mật khẩu cho nơi nhận bằng đường khác (điện thoại, gặp trực tiếp), không ghi cùng USB. Quên mật khẩu thì không mở được gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="61"/>
        <source>Lưu gói hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="62"/>
        <source>Gói PlanDesk (*.plandesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="68"/>
        <source>Hãy chọn nơi lưu gói.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="72"/>
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="75"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="95"/>
        <source>Mật khẩu của gói</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="96"/>
        <source>Sai mật khẩu. Nhập lại mật khẩu của gói “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/transfer_dialogs.py" line="97"/>
        <source>Gói “%1” được mã hóa. Nhập mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="160"/>
        <source>Đổi mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="160"/>
        <source>Đặt mật khẩu mới cho %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="165"/>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="167"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="168"/>
        <source>&amp;Nhập lại mật khẩu mới:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="194"/>
        <source>Mở lại hồ sơ đã chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="196"/>
        <source>Hồ sơ %1 đã được chốt để nộp. Ghi lý do mở lại (được lưu vào lịch sử thay đổi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="201"/>
        <source>ví dụ: Bổ sung minh chứng theo yêu cầu của Ban Chỉ đạo huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="210"/>
        <source>Hãy ghi lý do mở lại hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupModel</name>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="45"/>
        <source>Xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="47"/>
        <source>Huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="77"/>
        <source>minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupView</name>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="34"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="36"/>
        <source>Huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="42"/>
        <source>Xuất &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="45"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="45"/>
        <source>Huyện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="46"/>
        <source>Kết quả:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="64"/>
        <source>Bảng tổng hợp các xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="65"/>
        <source>Nhấn đúp hoặc Enter trên một xã để mở hồ sơ và ghi ý kiến thẩm định. ⚑: tiêu chí đã yêu cầu bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="93"/>
        <source>Chưa có hồ sơ nào. Nhập các gói hồ sơ của các xã (Tệp → Nhập gói hồ sơ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="112"/>
        <source>%1 xã; %2 xã đạt đủ %3 tiêu chí. Ô tiêu chí: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="116"/>
        <source>(%1 hồ sơ theo bộ tiêu chí khác không hiện ở đây.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="127"/>
        <source>Mọi huyện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="140"/>
        <source>Lưu bảng tổng hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="142"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="152"/>
        <source>Đã ghi %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="35"/>
        <source>Văn bản của hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="43"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="46"/>
        <source>Tùy chọn của người dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="55"/>
        <source>ví dụ: Trần Minh Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="57"/>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="58"/>
        <source>&amp;Tên người sử dụng (ghi vào lịch sử):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="59"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/settings_view.py" line="99"/>
        <source>đã xong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="54"/>
        <source>Đăng nhập PlanDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="56"/>
        <source>Thư mục làm việc %1 yêu cầu đăng nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="61"/>
        <source>Tên đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="63"/>
        <source>Mật khẩu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="64"/>
        <source>&amp;Tên đăng nhập:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="65"/>
        <source>&amp;Mật khẩu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="70"/>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="71"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../plandesk/gui/tasks.py" line="57"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <location filename="../plandesk/gui/access.py" line="33"/>
        <source>Mật khẩu cần ít nhất %1 ký tự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/access.py" line="35"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../plandesk/gui/application.py" line="30"/>
        <source>Chưa đăng nhập nên thư mục làm việc chưa được mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="68"/>
        <location filename="../plandesk/gui/application.py" line="83"/>
        <source>Không mở được thư mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="71"/>
        <source>%1

Khôi phục từ bản sao lưu mới nhất “%2”? Tệp hỏng được giữ lại trong thư mục backups/ để cứu dữ liệu nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="74"/>
        <source>Cơ sở dữ liệu bị hỏng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="80"/>
        <source>Không khôi phục được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/application.py" line="140"/>
        <source>Đã xảy ra lỗi không mong đợi. Những gì đã lưu không bị ảnh hưởng; hãy thử lại thao tác.
Chi tiết đã được ghi vào %1 — hãy gửi tệp này cho người hỗ trợ nếu lỗi lặp lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="23"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="24"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="25"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/dialogs.py" line="26"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../plandesk/gui/labels.py" line="13"/>
        <source>Chưa đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="13"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="14"/>
        <location filename="../plandesk/gui/labels.py" line="58"/>
        <location filename="../plandesk/gui/models/rollup.py" line="17"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="14"/>
        <location filename="../plandesk/gui/labels.py" line="58"/>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="15"/>
        <source>Chưa đủ số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="15"/>
        <source>Do Hội đồng đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="17"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="17"/>
        <source>Lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="18"/>
        <source>Chỉ xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="20"/>
        <source>Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="20"/>
        <source>Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="21"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="21"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="23"/>
        <source>Gửi kế hoạch xây dựng xã điển hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="28"/>
        <source>Tờ trình đề nghị công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="29"/>
        <source>Báo cáo kết quả (kèm danh mục minh chứng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="30"/>
        <source>Biên bản họp xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="31"/>
        <source>Kế hoạch và bảng phân công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="32"/>
        <location filename="../plandesk/gui/labels.py" line="24"/>
        <source>Báo cáo sơ kết 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="33"/>
        <source>Danh mục tài liệu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="34"/>
        <source>Tập hồ sơ minh chứng (một tệp PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="37"/>
        <source>Căn cứ (mỗi dòng một căn cứ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="38"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="39"/>
        <source>Đề nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="40"/>
        <source>Đặc điểm tình hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="41"/>
        <source>Công tác triển khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="42"/>
        <source>Hạn chế, tồn tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="43"/>
        <source>Đề xuất, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="44"/>
        <source>Nội dung cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="45"/>
        <source>Ý kiến thảo luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="46"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="47"/>
        <source>Căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="48"/>
        <source>Mục đích, yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="49"/>
        <source>Tổ chức thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="50"/>
        <source>Tình hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="51"/>
        <source>Phương hướng 6 tháng cuối năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="54"/>
        <source>Bắt đầu lúc (giờ:phút)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="55"/>
        <source>Kết thúc lúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="56"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="57"/>
        <source>Vắng mặt (Họ tên (lý do); …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="58"/>
        <source>Số phiếu tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/documents_view.py" line="59"/>
        <source>Số phiếu không tán thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="25"/>
        <source>Báo cáo năm và hồ sơ đề nghị công nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="27"/>
        <source>Tất cả tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="27"/>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="28"/>
        <source>Chưa có minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="28"/>
        <source>Kết luận khác gợi ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="29"/>
        <source>Quá thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="29"/>
        <source>Được yêu cầu bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="31"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="31"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="32"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="32"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="33"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="33"/>
        <source>Dùng cho tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="35"/>
        <source>Cơ quan xét công nhận (Kính gửi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="36"/>
        <source>Cơ quan cấp trên của cơ quan xét:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="37"/>
        <source>Cơ quan chủ quản (dòng trên tên Hội đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="38"/>
        <source>Tên cơ quan ban hành văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="39"/>
        <source>Địa danh (ghi ở dòng ngày tháng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="40"/>
        <source>Thẩm quyền ký (ví dụ TM. HỘI ĐỒNG):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="41"/>
        <source>Chức vụ người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="42"/>
        <source>Họ và tên người ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="43"/>
        <source>Kế hoạch của cấp trên mà hồ sơ thực hiện:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="45"/>
        <source>đã thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="45"/>
        <source>tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="46"/>
        <source>năm trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="46"/>
        <source>năm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="47"/>
        <source>số trường hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="52"/>
        <source>Chưa thẩm định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="53"/>
        <source>Thẩm định: đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="54"/>
        <source>Yêu cầu bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="59"/>
        <source>Thiếu minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/labels.py" line="59"/>
        <source>Chưa kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="17"/>
        <source>KĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="18"/>
        <source>Chưa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/models/rollup.py" line="18"/>
        <source>Thiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="22"/>
        <source>Mọi xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="23"/>
        <source>Xã đạt đủ tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/rollup_view.py" line="24"/>
        <source>Xã chưa đạt đủ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../plandesk/gui/messages.py" line="12"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="13"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="14"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="15"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="16"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="29"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/messages.py" line="40"/>
        <source>Xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="361"/>
        <source>Đã đính kèm %1 tệp cho tiêu chí %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="363"/>
        <source> (%1 tệp đã có trong hồ sơ: chỉ liên kết, không chép lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="365"/>
        <source>; đã dừng, %1 tệp chưa đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/evidence_panel.py" line="380"/>
        <source>Đang đính kèm tệp minh chứng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="21"/>
        <source>Lưu bảng tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="22"/>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="42"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="32"/>
        <source>Không ghi được %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="41"/>
        <source>Chọn bảng tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="53"/>
        <source>Thay danh sách Hội đồng hiện tại bằng danh sách trong “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="64"/>
        <source>“%1” có %2 lỗi; chưa nhập gì. Hãy sửa các dòng dưới đây rồi nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/spreadsheet_actions.py" line="71"/>
        <source>Đã nhập %1 dòng từ “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="84"/>
        <source>“-”: bản đã ban hành; “+”: hồ sơ hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueBar</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="102"/>
        <source>&amp;Ban hành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="103"/>
        <source>Ghi số, ngày và lưu bản PDF, DOCX như đã ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="105"/>
        <source>Ban hành phiên bản &amp;mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="107"/>
        <source>Xem &amp;thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="143"/>
        <source>Chưa ban hành: bản xuất ra được dựng lại từ hồ sơ mỗi lần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="144"/>
        <source>Ban hành: ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="147"/>
        <source>Đã ban hành %1, ngày %2 (phiên bản %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="150"/>
        <source>Bản xuất ra (PDF, DOCX) là bản đã ban hành, lưu trong hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="152"/>
        <source>Hồ sơ hiện không còn đủ điều kiện cho văn bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="155"/>
        <source>Hồ sơ đã thay đổi sau khi ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="156"/>
        <source>Xem thay đổi, rồi ban hành phiên bản mới nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="158"/>
        <source>Giữ như đã ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="159"/>
        <source>Lịch sử hồ sơ bắt đầu sau ngày của văn bản nên không so sánh được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="161"/>
        <source>Khớp với hồ sơ hiện tại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="175"/>
        <source>Thay đổi sau khi ban hành: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="206"/>
        <source>Đang ban hành văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="42"/>
        <source>Ban hành phiên bản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="42"/>
        <source>Ban hành văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="44"/>
        <source>ví dụ: 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="47"/>
        <source>%1 sẽ được ghi số, ngày và lưu bản PDF, DOCX đúng như khi ban hành; các lần xuất sau trả về đúng bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="51"/>
        <source>&amp;Số:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="52"/>
        <source>&amp;Ngày ban hành:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/issue_bar.py" line="62"/>
        <source>Hãy nhập số và ngày ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="39"/>
        <source>Bấm “Kiểm tra” để xem những gì nơi thẩm định sẽ yêu cầu bổ sung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="43"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="43"/>
        <source>Mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="46"/>
        <source>Kết quả kiểm tra hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="50"/>
        <source>&amp;Kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="52"/>
        <source>Đến &amp;chỗ cần sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="58"/>
        <source>Lỗi: nơi thẩm định sẽ trả hồ sơ; lưu ý: nên xem lại. Nhấp đúp một dòng để đến chỗ sửa. Chốt hồ sơ để nộp sẽ kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="73"/>
        <source>Đang kiểm tra hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="82"/>
        <source>Không kiểm tra được: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="93"/>
        <source>Tiêu chí %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="93"/>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="108"/>
        <source>Không có lỗi: hồ sơ có thể trình. %1 lưu ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="110"/>
        <source>%1 lỗi cần sửa trước khi trình, %2 lưu ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="127"/>
        <source>Kiểm tra hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="171"/>
        <source>Kiểm tra hồ sơ trước khi trình thấy %1 lỗi (xem màn hình “Kiểm tra hồ sơ”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plandesk/gui/preflight_view.py" line="173"/>
        <source>Vẫn chốt hồ sơ dù còn lỗi?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
